/** A verb in the third person singular: "have" -> "has", "stay" -> "stays", "carry" -> "carries", "push" -> "pushes". */
export const thirdPerson = (verb: string): string => (/^have$/i.test(verb) ? 'has' : /(?:s|sh|ch|x|z|o)$/i.test(verb) ? `${verb}es` : /[^aeiou]y$/i.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`);
