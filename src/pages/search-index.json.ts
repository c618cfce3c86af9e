import { codes } from "../model/codes";
import { searchRecord } from "../model/api";

export const GET = () => Response.json(codes.map(searchRecord));
