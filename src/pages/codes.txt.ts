import { codes } from "../model/codes";
import { indexText } from "../model/api";

export const GET = () => new Response(indexText(codes), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
