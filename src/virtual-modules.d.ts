/** The built search module's address (src/integrations/search-on-open.ts). */
declare module 'virtual:search-module' {
  const url: string;
  export default url;
}
