import { searchIndex } from "../model/api";

export const GET = () => Response.json(searchIndex());
