// @medrec/client: what the patient and provider apps share.
export * from './types.js';
export * from './digest.js';
export * from './auth.js';
export * from './seal.js';
export * from './keys.js';
export * from './extension.js';
export * from './extensions.js';
export * from './chain.js';
export * from './gatekeeper.js';
export * from './fhir.js';
export * from './config.js';
export * from './research.js';
export * from './dp.js';
export * from './answers.js';
export * from './words.js';
export * from './signin.js';
export * from './forms.js';
