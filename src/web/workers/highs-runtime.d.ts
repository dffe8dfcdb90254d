/** The URL Vite serves the HiGHS WebAssembly binary from (`?url` import). */
declare module 'highs/runtime?url' {
  const url: string;
  export default url;
}
