import registry from "../../data/iana-registry.json";

/** The date of the IANA registry update the site's copy reflects (data/iana-registry.json). */
export const registryUpdated: string = registry.lastUpdated;
