// A template imported in one language (scripts/template-language.js); its importer names the
// type, that of the whole module.
declare module '*?locale=en';
declare module '*?locale=id';
