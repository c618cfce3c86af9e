import type { GetStaticPaths } from "astro";
import { codes, getCode } from "../../model/codes";
import { codeTextOf } from "../../model/api";

export const getStaticPaths = (() =>
  codes.map((entry) => ({ params: { code: String(entry.data.code) } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { code: string } }) =>
  new Response(codeTextOf(getCode(Number(params.code))), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
