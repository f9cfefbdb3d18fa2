import {a11ySnapshot} from '@web/test-runner-commands';

/** A node of the page's accessibility tree, as Chromium gives it to assistive technology. */
export type A11yNode = {
  role: string;
  name: string;
  description?: string;
  level?: number;
  required?: boolean;
  invalid?: string;
  children?: A11yNode[];
};

/** Every node of the page's accessibility tree, in document order. */
export async function a11yNodes(): Promise<A11yNode[]> {
  const out: A11yNode[] = [];
  const walk = (node: A11yNode) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as A11yNode);
  return out;
}
