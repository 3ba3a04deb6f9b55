//! Differential privacy for MedRec's research answers.
//!
//! A researcher's aggregate query reaches each hospital's gatekeeper, which answers every count
//! cell with [`release`]: the true count plus discrete Laplace noise (pure ε-differential privacy;
//! sensitivity 1, since one patient changes a count by at most one), rounded to a multiple of
//! [`ROUNDING`], and suppressed as "< k" when that noisy rounded value is below the threshold k.
//! The researcher's client merges the sites' answers with [`combine`], which gives an estimate and
//! an interval that holds with probability ≥ 1 − α, and can show the spread of the noise with
//! [`NoiseFigures`].
//!
//! ε is always an integer number of thousandths ("milli-ε", `u32`, 1..=65 535), so every
//! probability the sampler uses is a ratio of integers.
//!
//! # Why our own sampler
//!
//! Floating-point Laplace samplers leak through the gaps in the floats they can produce (Mironov
//! 2012), so we need an exact integer sampler on a secure random source. OpenDP 0.16 has one, but
//! with default features it builds OpenSSL, and with `default-features = false, features =
//! ["contrib"]` its `fill_bytes` is the variant documented as not secure (rand 0.7 `thread_rng`),
//! while still pulling in dashu, statrs and proc-macro dependencies. The exact method itself is
//! short (Canonne, Kamath and Steinke 2020, "The Discrete Gaussian for Differential Privacy",
//! Algorithms 1 and 2), so [`discrete_laplace`] implements it in about 100 lines of integer
//! arithmetic over [`secure_rng`] (the operating system's generator), and this crate's tests check
//! it statistically. The only dependency is `rand` 0.9 (`rand_chacha` for reproducible tests).

mod combine;
mod figures;
mod release;
mod sampler;

pub use combine::{combine, combine_with, Combined, NoiseBounds};
pub use figures::{
	pmf, sum_quantiles, tail_probability, NoiseFigures, SumDistribution, MIN_ALPHA, TRUNCATION_MASS,
};
pub use release::{
	release, release_with_noise, report, round_to_step, Release, Reported, ROUNDING,
};
pub use sampler::{
	bernoulli_exp_neg, bernoulli_ratio, discrete_laplace, secure_rng, uniform_below, SecureRng,
	MAX_MILLI_EPSILON, MIN_MILLI_EPSILON,
};
