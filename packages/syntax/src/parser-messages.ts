/** Parser error texts in the form "expected X but found Y", naming tokens the way users write them. */
import type { IParserErrorMessageProvider, IToken, TokenType } from "chevrotain";

export function describeToken(tok: IToken): string {
  if (tok.tokenType.name === "EOF") return "the end of the file";
  const image = tok.image.length > 40 ? `${tok.image.slice(0, 37)}...` : tok.image;
  return `'${image}'`;
}

function label(t: TokenType): string {
  return t.LABEL ?? t.name;
}

function oneOf(labels: string[]): string {
  const unique = [...new Set(labels)];
  if (unique.length === 1) return unique[0];
  if (unique.length <= 6) return `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
  return `${unique.slice(0, 6).join(", ")} or another of ${unique.length - 6} tokens`;
}

const ruleWhat: Record<string, string> = {
  production: "a class, instance, qualifier declaration or #pragma",
  initializer: "a value",
  constantValue: "a constant value",
  arrayElement: "an array element",
  pragmaArg: "a pragma argument (string, number or name)",
};

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    // A closing brace is expected where a body's repetition stopped: say what else could be there.
    if (expected.name === "RBrace" && ruleName === "classDeclaration") {
      return `expected a property, reference, method or '}' but found ${describeToken(actual)}`;
    }
    if (expected.name === "RBrace" && ruleName === "instanceBody") {
      return `expected a property value (Name = value;) or '}' but found ${describeToken(actual)}`;
    }
    return `expected ${label(expected)} but found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected a class, instance, qualifier declaration or #pragma but found ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const what = ruleWhat[ruleName];
    const firsts = expectedPathsPerAlt.flatMap((paths) => paths.map((p) => label(p[0])));
    return `expected ${what ?? oneOf(firsts)} but found ${describeToken(actual[0])}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const what = ruleWhat[ruleName];
    const firsts = expectedIterationPaths.map((p) => label(p[0]));
    return `expected ${what ?? oneOf(firsts)} but found ${describeToken(actual[0])}`;
  },
};
