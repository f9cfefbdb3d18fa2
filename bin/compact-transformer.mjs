// A TypeScript transformer for the page bundles (rollup.config.mjs): the same
// program in fewer bytes. It reads the type checker, so it changes only what
// nothing outside our code can name:
//
// - Lit's property decorators become the class's `static properties`, which
//   Lit reads the same way (createProperty per entry, in order); a `@query`
//   becomes the getter the decorator defines. The page then loads no
//   decorator code and no `__decorate` calls.
// - The `private` members of our classes get short names (`a`, `b`, …, none
//   that Lit's minified code uses).
//   TypeScript guarantees they are named only inside their class; a member
//   whose name is also written as a string in its file (`changed.has('x')`)
//   keeps its name, and a destructuring or `this['x']` of one stops the build.
//   A private constructor parameter property (`private readonly host`) is
//   renamed with its parameter.
//   Public and protected members, and the decorated ones, keep their names,
//   so what Lit, pages and subclasses read is unchanged; except in the few
//   classes listed in OPEN_CLASSES, whose public members only our code
//   reads: they get short names too, the same in every file.
// - `@lit/localize` message ids become short ids, the same in the elements'
//   `msg(…, {id})` calls and in the keys of the generated locale modules;
//   a call gives its id alone, `msg(…, 'a')`, which our `msg` (msgFor in
//   src/i18n/localize.ts) reads as it reads `{id: 'a'}`.
//
// The sources, the tests (which run on them) and dist/esm are untouched.
import ts from 'typescript';
import {readFileSync, readdirSync} from 'node:fs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** 0 → a, 51 → Z, 52 → ba, … */
function shortName(n) {
  let s = '';
  do {
    s = LETTERS[n % 52] + s;
    n = Math.floor(n / 52);
  } while (n > 0);
  return s;
}

/**
 * The short property names Lit's minified code uses (on its classes and on
 * others): never given to a private member, as an element's or controller's
 * name could meet Lit's on the same object.
 */
function litShortNames() {
  const names = new Set();
  for (const dir of ['lit-html', 'lit-element', '@lit/reactive-element']) {
    for (const file of readdirSync(`node_modules/${dir}`, {recursive: true})) {
      // The production modules (the bundle's), not the development or SSR ones.
      if (
        !String(file).endsWith('.js') ||
        /development|node[\\/]/.test(String(file))
      )
        continue;
      const code = readFileSync(`node_modules/${dir}/${file}`, 'utf8');
      for (const [, name] of code.matchAll(/\.([A-Za-z_$][\w$]{0,2})\b/g))
        names.add(name);
    }
  }
  return names;
}

const isOurs = (file) =>
  /[\\/]src[\\/]/.test(file.fileName) && !file.isDeclarationFile;
const isLocaleModule = (file) =>
  /[\\/]src[\\/]generated[\\/]locales[\\/]/.test(file.fileName);

/** `msg('…', {id: 'x.y'})`, `t(str\`…\`, {id: 'x.y'})`: the id literal, else undefined. */
function messageId(node) {
  if (!ts.isCallExpression(node) || node.arguments.length !== 2)
    return undefined;
  const options = node.arguments[1];
  if (!ts.isObjectLiteralExpression(options) || options.properties.length !== 1)
    return undefined;
  const [prop] = options.properties;
  if (
    !ts.isPropertyAssignment(prop) ||
    !ts.isIdentifier(prop.name) ||
    prop.name.text !== 'id'
  )
    return undefined;
  return ts.isStringLiteralLike(prop.initializer)
    ? prop.initializer
    : undefined;
}

/** Every message id in the program's sources, each with its short id. */
function messageIds(program) {
  const ids = new Set();
  for (const file of program.getSourceFiles()) {
    if (!isOurs(file) || isLocaleModule(file)) continue;
    const visit = (node) => {
      const id = messageId(node);
      if (id) ids.add(id.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return new Map([...ids].sort().map((id, i) => [id, shortName(i)]));
}

/** The strings written in a file's code (not in its types). */
function stringsIn(file) {
  const strings = new Set();
  const visit = (node) => {
    if (ts.isTypeNode(node)) return;
    if (ts.isStringLiteralLike(node)) strings.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return strings;
}

/**
 * Classes whose public members, in the page bundles, only our own code
 * reads: the feed reader (every record reader calls it) and the locale and
 * feed controllers (each element holds them in private fields; nothing the
 * bundles export hands one out). Their public members get short names, the
 * same wherever they are read (constructor parameter properties too); the
 * members of an interface they implement (Lit calls a controller's
 * hostConnected, … by name) and static and decorated members keep theirs.
 */
const OPEN_CLASSES = [
  ['feed/read.ts', 'Obj'],
  ['i18n/localize.ts', 'LocaleController'],
  ['shared/feed-controller.ts', 'FeedController'],
];

/** A class's constructor parameters that are also properties (`private readonly host`). */
const parameterProperties = (node) =>
  node.members
    .find(ts.isConstructorDeclaration)
    ?.parameters.filter(
      (p) =>
        ts.isParameterPropertyDeclaration(p, p.parent) &&
        ts.isIdentifier(p.name)
    ) ?? [];
const propertyOfParameter = (checker, param) =>
  checker.getSymbolsOfParameterPropertyDeclaration(param, param.name.text)[1];
const parameterOf = (checker, param) =>
  checker.getSymbolsOfParameterPropertyDeclaration(param, param.name.text)[0];

/**
 * The short names of the OPEN_CLASSES' public members (member symbol →
 * name), and each class's (class symbol → names), which its private members
 * must not take.
 */
function openMembers(program, checker, reserved) {
  const classes = [];
  for (const file of program.getSourceFiles()) {
    if (!isOurs(file)) continue;
    const path = file.fileName.replace(/\\/g, '/');
    for (const [f, name] of OPEN_CLASSES) {
      if (!path.endsWith(`/src/${f}`)) continue;
      const node = file.statements.find(
        (s) => ts.isClassDeclaration(s) && s.name?.text === name
      );
      // (A class renamed or moved: say so rather than lose the short names.)
      if (!node) throw new Error(`compact: no class ${name} in ${f}`);
      classes.push(node);
    }
  }
  const members = new Map();
  for (const node of classes) {
    const inherited = new Set();
    for (const clause of node.heritageClauses ?? [])
      for (const type of clause.types)
        for (const p of checker.getTypeAtLocation(type).getProperties())
          inherited.add(p.name);
    for (const member of node.members) {
      if (
        !member.name ||
        !ts.isIdentifier(member.name) ||
        inherited.has(member.name.text) ||
        ts.getDecorators(member)?.length ||
        ts
          .getModifiers(member)
          ?.some((m) =>
            [
              ts.SyntaxKind.PrivateKeyword,
              ts.SyntaxKind.ProtectedKeyword,
              ts.SyntaxKind.StaticKeyword,
            ].includes(m.kind)
          )
      )
        continue;
      const symbol = checker.getSymbolAtLocation(member.name);
      if (symbol) members.set(symbol, node);
    }
    for (const param of parameterProperties(node)) {
      if (
        !ts
          .getModifiers(param)
          ?.some((m) =>
            [
              ts.SyntaxKind.PrivateKeyword,
              ts.SyntaxKind.ProtectedKeyword,
            ].includes(m.kind)
          ) &&
        !inherited.has(param.name.text) &&
        param.name.text.length > 1
      )
        members.set(propertyOfParameter(checker, param), node);
    }
  }
  // The most used get the shortest names (uses in every file of ours).
  const uses = new Map([...members.keys()].map((s) => [s, 0]));
  for (const file of program.getSourceFiles()) {
    if (!isOurs(file) || isLocaleModule(file)) continue;
    const count = (n) => {
      if (ts.isIdentifier(n)) {
        const symbol = checker.getSymbolAtLocation(n);
        const root = symbol && checker.getRootSymbols(symbol)[0];
        if (uses.has(root)) uses.set(root, uses.get(root) + 1);
      }
      ts.forEachChild(n, count);
    };
    count(file);
  }
  const names = new Map();
  const byClass = new Map();
  for (const node of classes) {
    const instance = checker.getTypeAtLocation(node);
    const taken = new Set();
    byClass.set(checker.getSymbolAtLocation(node.name), taken);
    let next = 0;
    for (const symbol of [...members.keys()]
      .filter((s) => members.get(s) === node)
      .sort((a, b) => uses.get(b) - uses.get(a))) {
      let name;
      do name = shortName(next++);
      while (reserved.has(name) || instance.getProperty(name));
      names.set(symbol, name);
      taken.add(name);
    }
  }
  const parameters = new Map();
  for (const node of classes)
    for (const param of parameterProperties(node)) {
      const name = names.get(propertyOfParameter(checker, param));
      if (name) parameters.set(parameterOf(checker, param), name);
    }
  return {names, byClass, parameters};
}

export function compactTransformer() {
  return {
    type: 'program',
    factory: (program) => {
      const checker = program.getTypeChecker();
      const ids = messageIds(program);
      const reserved = litShortNames();
      const open = openMembers(program, checker, reserved);

      /** 'property' | 'state' | 'query' for Lit's decorators, else undefined. */
      const litDecorator = (decorator) => {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression))
          return undefined;
        let symbol = checker.getSymbolAtLocation(call.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias)
          symbol = checker.getAliasedSymbol(symbol);
        const from = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
        if (!/[\\/]@lit[\\/]reactive-element[\\/]/.test(from)) return undefined;
        const name = call.expression.text;
        return ['property', 'state', 'query'].includes(name) ? name : undefined;
      };

      return (context) => (file) => {
        if (!isOurs(file)) return file;
        const f = context.factory;

        if (isLocaleModule(file)) {
          const visit = (node) => {
            if (
              ts.isPropertyAssignment(node) &&
              ts.isStringLiteral(node.name) &&
              ids.has(node.name.text)
            ) {
              return f.updatePropertyAssignment(
                node,
                f.createStringLiteral(ids.get(node.name.text)),
                node.initializer
              );
            }
            return ts.visitEachChild(node, visit, context);
          };
          return ts.visitNode(file, visit);
        }

        const strings = stringsIn(file);
        /**
         * The member a symbol stands for. A member read through another
         * instance (`other.x`, not `this.x`) is a transient copy made for
         * that instance's type; its root is the member as declared. (A
         * union's member has several roots; TypeScript refuses a private
         * member read through a union, so the first is the one.)
         */
        const declared = (symbol) => checker.getRootSymbols(symbol)[0];
        const symbolAt = (node) => {
          const symbol = checker.getSymbolAtLocation(node);
          return symbol && declared(symbol);
        };
        /** Member symbol → short name, for the class being visited. */
        let renames = new Map(open.names);
        const everRenamed = new Set(open.names.keys());
        /** A renamed parameter property's parameter → its short name. */
        const parameterLocals = new Map(open.parameters);

        const renamed = (nameNode) => {
          const symbol = symbolAt(nameNode);
          return symbol && renames.get(symbol);
        };

        const visitClass = (node) => {
          const outer = renames;
          renames = new Map(outer);
          const instance = checker.getTypeAtLocation(node);
          const classSymbol =
            node.name && checker.getSymbolAtLocation(node.name);
          const statics =
            classSymbol && checker.getTypeOfSymbolAtLocation(classSymbol, node);
          const openNames = classSymbol && open.byClass.get(classSymbol);
          const taken = (name) =>
            instance.getProperty(name) ||
            statics?.getProperty(name) ||
            openNames?.has(name);

          const properties = [];
          const queries = new Map();
          const privates = [];
          for (const member of node.members) {
            if (!member.name || !ts.isIdentifier(member.name)) continue;
            const lit = (ts.getDecorators(member) ?? [])
              .map(litDecorator)
              .filter(Boolean);
            if (lit.length > 1)
              throw new Error(
                `compact: more than one Lit decorator on ${member.name.text}`
              );
            const isPrivate = ts
              .getModifiers(member)
              ?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
            const decorator = lit[0];
            if (decorator === 'property' || decorator === 'state') {
              if (!ts.isPropertyDeclaration(member))
                throw new Error(
                  `compact: @${decorator} on ${member.name.text}`
                );
              const call = ts
                .getDecorators(member)
                .find((d) => litDecorator(d)).expression;
              const options = call.arguments[0];
              if (decorator === 'state' && options)
                throw new Error(
                  `compact: @state with options on ${member.name.text}`
                );
              properties.push({
                member,
                options: decorator === 'state' ? 'state' : options,
              });
            } else if (decorator === 'query') {
              const call = ts
                .getDecorators(member)
                .find((d) => litDecorator(d)).expression;
              if (call.arguments.length !== 1 || member.initializer)
                throw new Error(`compact: @query on ${member.name.text}`);
              queries.set(member, call.arguments[0]);
            }
            // Private members named in a string of this file keep their names.
            if (
              isPrivate &&
              decorator !== 'property' &&
              !strings.has(member.name.text)
            ) {
              const symbol = checker.getSymbolAtLocation(member.name);
              if (symbol && !privates.includes(symbol)) privates.push(symbol);
            }
          }
          // constructor(private readonly host: …): the property and the
          // parameter get the same short name (see parameterLocals).
          for (const param of parameterProperties(node)) {
            if (
              ts
                .getModifiers(param)
                ?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) &&
              !strings.has(param.name.text)
            )
              privates.push(propertyOfParameter(checker, param));
          }
          if (
            properties.length &&
            node.members.some(
              (m) =>
                m.name &&
                ts.isIdentifier(m.name) &&
                m.name.text === 'properties'
            )
          ) {
            throw new Error(
              'compact: a class with both decorators and static properties'
            );
          }

          // The most used get the shortest names.
          const uses = new Map(privates.map((s) => [s, 0]));
          const count = (n) => {
            if (ts.isIdentifier(n)) {
              const symbol = symbolAt(n);
              if (uses.has(symbol)) uses.set(symbol, uses.get(symbol) + 1);
            }
            ts.forEachChild(n, count);
          };
          count(node);
          let next = 0;
          for (const symbol of [...uses.keys()].sort(
            (a, b) => uses.get(b) - uses.get(a)
          )) {
            let name;
            do name = shortName(next++);
            while (reserved.has(name) || taken(name) || strings.has(name));
            renames.set(symbol, name);
            everRenamed.add(symbol);
          }
          for (const param of parameterProperties(node)) {
            const name = renames.get(propertyOfParameter(checker, param));
            if (name) parameterLocals.set(parameterOf(checker, param), name);
          }

          const members = [];
          for (const member of node.members) {
            const visited = ts.visitEachChild(member, visit, context);
            const newName =
              member.name && ts.isIdentifier(member.name)
                ? renamed(member.name)
                : undefined;
            const name = newName ? f.createIdentifier(newName) : visited.name;
            const modifiers = visited.modifiers?.filter(
              (m) => !ts.isDecorator(m) || !litDecorator(m)
            );
            if (queries.has(member)) {
              // get name() { return this.renderRoot?.querySelector(selector) ?? null; }
              members.push(
                f.createGetAccessorDeclaration(
                  modifiers,
                  name,
                  [],
                  undefined,
                  f.createBlock([
                    f.createReturnStatement(
                      f.createBinaryExpression(
                        f.createCallChain(
                          f.createPropertyAccessChain(
                            f.createPropertyAccessExpression(
                              f.createThis(),
                              'renderRoot'
                            ),
                            f.createToken(ts.SyntaxKind.QuestionDotToken),
                            'querySelector'
                          ),
                          undefined,
                          undefined,
                          [queries.get(member)]
                        ),
                        ts.SyntaxKind.QuestionQuestionToken,
                        f.createNull()
                      )
                    ),
                  ])
                )
              );
            } else if (ts.isPropertyDeclaration(visited)) {
              members.push(
                f.updatePropertyDeclaration(
                  visited,
                  modifiers,
                  name,
                  visited.questionToken ?? visited.exclamationToken,
                  visited.type,
                  visited.initializer
                )
              );
            } else if (ts.isMethodDeclaration(visited)) {
              members.push(
                f.updateMethodDeclaration(
                  visited,
                  modifiers,
                  visited.asteriskToken,
                  name,
                  visited.questionToken,
                  visited.typeParameters,
                  visited.parameters,
                  visited.type,
                  visited.body
                )
              );
            } else if (ts.isGetAccessorDeclaration(visited)) {
              members.push(
                f.updateGetAccessorDeclaration(
                  visited,
                  modifiers,
                  name,
                  visited.parameters,
                  visited.type,
                  visited.body
                )
              );
            } else if (ts.isSetAccessorDeclaration(visited)) {
              members.push(
                f.updateSetAccessorDeclaration(
                  visited,
                  modifiers,
                  name,
                  visited.parameters,
                  visited.body
                )
              );
            } else {
              if (newName)
                throw new Error(`compact: cannot rename ${member.name.text}`);
              members.push(visited);
            }
          }
          if (properties.length) {
            // static properties = {src: {}, data: {attribute: false}, filter: {state: true}, …}
            members.unshift(
              f.createPropertyDeclaration(
                [f.createModifier(ts.SyntaxKind.StaticKeyword)],
                'properties',
                undefined,
                undefined,
                f.createObjectLiteralExpression(
                  properties.map(({member, options}) =>
                    f.createPropertyAssignment(
                      renamed(member.name) ?? member.name.text,
                      options === 'state'
                        ? f.createObjectLiteralExpression([
                            f.createPropertyAssignment('state', f.createTrue()),
                          ])
                        : (options ?? f.createObjectLiteralExpression([]))
                    )
                  )
                )
              )
            );
          }
          renames = outer;
          return ts.isClassDeclaration(node)
            ? f.updateClassDeclaration(
                node,
                node.modifiers,
                node.name,
                node.typeParameters,
                node.heritageClauses,
                members
              )
            : f.updateClassExpression(
                node,
                node.modifiers,
                node.name,
                node.typeParameters,
                node.heritageClauses,
                members
              );
        };

        const visit = (node) => {
          if (ts.isClassDeclaration(node) || ts.isClassExpression(node))
            return visitClass(node);
          const id = messageId(node);
          if (id && ids.has(id.text)) {
            return f.updateCallExpression(
              node,
              ts.visitNode(node.expression, visit),
              node.typeArguments,
              [
                ts.visitNode(node.arguments[0], visit),
                f.createStringLiteral(ids.get(id.text)),
              ]
            );
          }
          if (
            ts.isParameter(node) &&
            ts.isParameterPropertyDeclaration(node, node.parent) &&
            parameterLocals.has(parameterOf(checker, node))
          ) {
            return f.updateParameterDeclaration(
              node,
              node.modifiers,
              node.dotDotDotToken,
              f.createIdentifier(
                parameterLocals.get(parameterOf(checker, node))
              ),
              node.questionToken,
              node.type,
              ts.visitNode(node.initializer, visit)
            );
          }
          if (ts.isIdentifier(node) && parameterLocals.size) {
            const name = parameterLocals.get(checker.getSymbolAtLocation(node));
            if (name) return f.createIdentifier(name);
          }
          if (
            ts.isShorthandPropertyAssignment(node) &&
            parameterLocals.has(checker.getShorthandAssignmentValueSymbol(node))
          )
            throw new Error(
              `compact: {${node.name.text}} names a renamed parameter property`
            );
          if (renames.size) {
            if (
              ts.isPropertyAccessExpression(node) &&
              ts.isIdentifier(node.name)
            ) {
              const newName = renamed(node.name);
              if (newName) {
                const expression = ts.visitNode(node.expression, visit);
                const name = f.createIdentifier(newName);
                return ts.isPropertyAccessChain(node)
                  ? f.updatePropertyAccessChain(
                      node,
                      expression,
                      node.questionDotToken,
                      name
                    )
                  : f.updatePropertyAccessExpression(node, expression, name);
              }
            }
            if (
              ts.isElementAccessExpression(node) &&
              renamed(node.argumentExpression)
            ) {
              throw new Error(
                `compact: ${node.getText()} names a private member by a string`
              );
            }
            // Object.assign(this, {name: …}) and {...this} name members by
            // key, out of the checker's sight: refuse them on a class whose
            // members get short names.
            const whole =
              ts.isCallExpression(node) &&
              node.expression.getText() === 'Object.assign'
                ? node.arguments[0]
                : ts.isSpreadAssignment(node)
                  ? node.expression
                  : undefined;
            if (
              whole &&
              checker
                .getTypeAtLocation(whole)
                .getProperties()
                .some((p) => renames.has(declared(p)))
            ) {
              throw new Error(
                `compact: ${node.getText()} reads or writes private members by name`
              );
            }
            if (
              ts.isBindingElement(node) &&
              ts.isObjectBindingPattern(node.parent)
            ) {
              const key = node.propertyName ?? node.name;
              const property = ts.isIdentifier(key)
                ? checker.getTypeAtLocation(node.parent).getProperty(key.text)
                : undefined;
              const symbol = property && declared(property);
              // const {msg} = this.i18n → const {a: msg} = this.i18n
              if (open.names.has(symbol)) {
                return f.updateBindingElement(
                  node,
                  node.dotDotDotToken,
                  f.createIdentifier(open.names.get(symbol)),
                  ts.visitNode(node.name, visit),
                  ts.visitNode(node.initializer, visit)
                );
              }
              if (renames.has(symbol)) {
                throw new Error(
                  `compact: a destructuring names the private member ${key.text}`
                );
              }
            }
            // 'name' in x: a member named by a string.
            if (
              ts.isBinaryExpression(node) &&
              node.operatorToken.kind === ts.SyntaxKind.InKeyword &&
              ts.isStringLiteralLike(node.left)
            ) {
              const property = checker
                .getTypeAtLocation(node.right)
                .getProperty(node.left.text);
              if (property && renames.has(declared(property)))
                throw new Error(
                  `compact: ${node.getText()} names a renamed member by a string`
                );
            }
          }
          return ts.visitEachChild(node, visit, context);
        };

        const out = ts.visitEachChild(file, visit, context);
        // What was left as written must not name a renamed member.
        const check = (node) => {
          if (
            node.pos >= 0 &&
            ts.isPropertyAccessExpression(node) &&
            node.getSourceFile?.() === file
          ) {
            const symbol = symbolAt(node.name);
            if (symbol && everRenamed.has(symbol))
              throw new Error(`compact: ${node.getText()} was not renamed`);
          }
          ts.forEachChild(node, check);
        };
        check(out);
        // Lit's decorators are no longer called: drop their import.
        const isDecoratorImport = (s) =>
          ts.isImportDeclaration(s) &&
          ts.isStringLiteral(s.moduleSpecifier) &&
          s.moduleSpecifier.text === 'lit/decorators.js';
        for (const s of out.statements.filter(isDecoratorImport)) {
          const names = s.importClause?.namedBindings;
          if (
            s.importClause?.name ||
            !names ||
            !ts.isNamedImports(names) ||
            names.elements.some(
              (e) =>
                !['property', 'state', 'query'].includes(
                  (e.propertyName ?? e.name).text
                )
            )
          ) {
            throw new Error(
              `compact: ${file.fileName} imports more than property, state and query from lit/decorators.js`
            );
          }
        }
        return f.updateSourceFile(
          out,
          out.statements.filter((s) => !isDecoratorImport(s))
        );
      };
    },
  };
}
