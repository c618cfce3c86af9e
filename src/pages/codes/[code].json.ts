import type { GetStaticPaths } from "astro";
import { codes, getCode } from "../../model/codes";
import { codesDocument } from "../../model/api";

export const getStaticPaths = (() =>
  codes.map((entry) => ({ params: { code: String(entry.data.code) } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { code: string } }) =>
  Response.json(codesDocument([getCode(Number(params.code))]));
