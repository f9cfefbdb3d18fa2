/**
 * Defines a custom element unless the name is taken. Loading the bundle
 * twice, or two versions of it, never throws: the first definition wins and
 * a console message says so.
 */
export function defineElement(
  name: string,
  ctor: CustomElementConstructor
): void {
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== ctor) {
      console.info(
        `[local-y-mpact] <${name}> is already defined (the bundle was loaded more than once); keeping the first definition.`
      );
    }
    return;
  }
  customElements.define(name, ctor);
}
