import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { changeSchema, codeSchema, compareSchema, constantsSchema } from "./content/schema";

export const collections = {
  codes: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/codes" }),
    schema: codeSchema,
  }),
  compare: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/compare" }),
    schema: compareSchema,
  }),
  constants: defineCollection({
    loader: file("./data/constants.json"),
    schema: constantsSchema,
  }),
  changes: defineCollection({
    loader: file("./data/changes.json"),
    schema: changeSchema,
  }),
};
