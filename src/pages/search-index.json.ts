import { codes } from "../data/codes";
import { searchRecord } from "../data/api";

export const GET = () => Response.json(codes.map(searchRecord));
