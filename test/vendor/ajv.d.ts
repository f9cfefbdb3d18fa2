export interface SchemaError {
  instancePath: string;
  message?: string;
}
export interface Validate {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export function compileSchema(schema: unknown): Validate;
