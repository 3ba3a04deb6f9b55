// No hand-written type definitions: every MedRec type comes from the chain's metadata (lookup).
export {};
