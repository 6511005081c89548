// opencc-js publishes each dictionary as its own module (a "source target|…" string) without types.
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}
