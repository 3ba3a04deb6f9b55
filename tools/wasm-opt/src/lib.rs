//! The part of crates.io's `wasm-opt` that MedRec's runtime build uses, in Rust.
//!
//! `substrate-wasm-builder` depends on `wasm-opt`, which builds Binaryen from C++: eight and a
//! half minutes of one core on this project's 2-core build machine, the longest single unit of
//! a cold build after the runtime itself. The builder uses it for two passes, on every build:
//!
//! - `StripDwarf`: drop the DWARF debug sections from the compact runtime. Done here exactly:
//!   custom sections whose name starts with `.debug` are left out, every other section is copied
//!   byte for byte.
//! - `SignextLowering`: rewrite sign-extension operators into MVP instructions, for runtimes built
//!   for `wasm32-unknown-unknown` by compilers that emit them. MedRec's runtime is built for
//!   `wasm32v1-none` (`scripts/lib.sh`), a target whose code is MVP plus mutable globals, so there
//!   is nothing to lower. This pass proves it rather than assuming it: it decodes every function
//!   body as MVP code and fails the build, naming the problem, if anything else is there.
//!
//! Anything else a caller asks for (other passes, optimization levels) is refused with an error,
//! so a builder that starts using more of Binaryen fails loudly instead of silently getting less.
//! The workspace manifest patches it in with `[patch.crates-io]`; the README of this folder says
//! how to go back to Binaryen.

use std::{fmt, path::Path};

/// The passes a caller may add. Only the two the runtime build needs exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
	/// Drop DWARF debug sections.
	StripDwarf,
	/// Lower sign-extension operators; here: check that there are none.
	SignextLowering,
}

/// Why a run failed. `wasm-opt`'s own error type has more variants; callers only format it.
#[derive(Debug)]
pub enum OptimizationError {
	/// The input could not be read.
	Read(std::io::Error),
	/// The output could not be written.
	Write(std::io::Error),
	/// The input is not a wasm module, or holds what the requested passes cannot handle.
	Module(String),
}

impl fmt::Display for OptimizationError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Read(e) => write!(f, "failed to read the module: {e}"),
			Self::Write(e) => write!(f, "failed to write the module: {e}"),
			Self::Module(why) => write!(f, "{why}"),
		}
	}
}

impl std::error::Error for OptimizationError {}

/// The options `substrate-wasm-builder` sets, in `wasm-opt`'s builder style.
#[derive(Clone, Debug, Default)]
pub struct OptimizationOptions {
	passes: Vec<Pass>,
}

impl OptimizationOptions {
	/// Binaryen's `-O0`: no optimization, only the passes added.
	pub fn new_opt_level_0() -> Self {
		Self::default()
	}

	/// Accepted: the input must be MVP code anyway (see [`Pass::SignextLowering`]).
	pub fn mvp_features_only(&mut self) -> &mut Self {
		self
	}

	/// Accepted: names and other sections are kept; DWARF goes only with
	/// [`Pass::StripDwarf`].
	pub fn debug_info(&mut self, _keep: bool) -> &mut Self {
		self
	}

	pub fn add_pass(&mut self, pass: Pass) -> &mut Self {
		self.passes.push(pass);
		self
	}

	/// Reads `infile`, applies the passes, writes `outfile` (which may be `infile`).
	pub fn run(
		&self,
		infile: impl AsRef<Path>,
		outfile: impl AsRef<Path>,
	) -> Result<(), OptimizationError> {
		let input = std::fs::read(infile.as_ref()).map_err(OptimizationError::Read)?;
		let output = self.apply(&input)?;
		std::fs::write(outfile.as_ref(), output).map_err(OptimizationError::Write)
	}

	/// The passes on a module in memory.
	pub fn apply(&self, module: &[u8]) -> Result<Vec<u8>, OptimizationError> {
		let mut bytes = module.to_vec();
		for pass in &self.passes {
			bytes = match pass {
				Pass::StripDwarf => strip_dwarf(&bytes)?,
				Pass::SignextLowering => {
					check_mvp(&bytes)?;
					bytes
				},
			};
		}
		Ok(bytes)
	}
}

const HEADER: &[u8; 8] = b"\0asm\x01\0\0\0";

/// An unsigned LEB128 number at `at`; returns it and where the next field starts.
fn leb128(bytes: &[u8], mut at: usize) -> Result<(usize, usize), OptimizationError> {
	let (mut value, mut shift) = (0usize, 0u32);
	loop {
		let byte = *bytes.get(at).ok_or_else(|| truncated(at))?;
		at += 1;
		value |= usize::from(byte & 0x7f).checked_shl(shift).ok_or_else(|| truncated(at))?;
		if byte & 0x80 == 0 {
			return Ok((value, at));
		}
		shift += 7;
		if shift > 28 {
			return Err(OptimizationError::Module(format!(
				"a section size at byte {at} is too long"
			)));
		}
	}
}

fn truncated(at: usize) -> OptimizationError {
	OptimizationError::Module(format!("the module ends inside a section (byte {at})"))
}

/// The module without its `.debug*` custom sections; everything else byte for byte.
fn strip_dwarf(bytes: &[u8]) -> Result<Vec<u8>, OptimizationError> {
	if !bytes.starts_with(HEADER) {
		return Err(OptimizationError::Module("not a wasm module (version 1)".into()));
	}
	let mut out = HEADER.to_vec();
	let mut at = HEADER.len();
	while at < bytes.len() {
		let id = bytes[at];
		let (size, body) = leb128(bytes, at + 1)?;
		let end = body
			.checked_add(size)
			.filter(|end| *end <= bytes.len())
			.ok_or_else(|| truncated(at))?;
		let debug = id == 0 && {
			let (name_length, name) = leb128(bytes, body)?;
			bytes.get(name..name + name_length).is_some_and(|name| name.starts_with(b".debug"))
		};
		if !debug {
			out.extend_from_slice(&bytes[at..end]);
		}
		at = end;
	}
	Ok(out)
}

/// Fails unless every function body decodes as MVP code (`parity-wasm` without its
/// `sign_ext` feature refuses the sign-extension operators, among other post-MVP code).
fn check_mvp(bytes: &[u8]) -> Result<(), OptimizationError> {
	parity_wasm::deserialize_buffer::<parity_wasm::elements::Module>(bytes).map(|_| ()).map_err(
		|e| {
			OptimizationError::Module(format!(
			"the runtime has code beyond the wasm MVP ({e}); this build expects the wasm32v1-none \
			 target, which emits none, and has no optimizer to lower it (tools/wasm-opt/README.md)"
		))
		},
	)
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A module: the header, then `(id, body)` sections.
	fn module(sections: &[(u8, Vec<u8>)]) -> Vec<u8> {
		let mut bytes = HEADER.to_vec();
		for (id, body) in sections {
			bytes.push(*id);
			assert!(body.len() < 128);
			bytes.push(body.len() as u8);
			bytes.extend_from_slice(body);
		}
		bytes
	}

	fn custom(name: &str, data: &[u8]) -> (u8, Vec<u8>) {
		let mut body = vec![name.len() as u8];
		body.extend_from_slice(name.as_bytes());
		body.extend_from_slice(data);
		(0, body)
	}

	/// One function `(func (param i32) (result i32) local.get 0 <op>)` with a type and code
	/// section; `op` is its last instruction's bytes.
	fn with_function(op: &[u8]) -> Vec<u8> {
		let types = (1, vec![1, 0x60, 1, 0x7f, 1, 0x7f]);
		let functions = (3, vec![1, 0]);
		let mut body = vec![0, 0x20, 0];
		body.extend_from_slice(op);
		body.push(0x0b);
		let mut code = vec![1, body.len() as u8];
		code.extend(body);
		module(&[types, functions, (10, code)])
	}

	fn options(pass: Pass) -> OptimizationOptions {
		let mut options = OptimizationOptions::new_opt_level_0();
		options.mvp_features_only().debug_info(true).add_pass(pass);
		options
	}

	#[test]
	fn strip_dwarf_drops_debug_sections_and_keeps_the_rest() {
		let input = module(&[
			custom("runtime_version", b"v"),
			(1, vec![0]),
			custom(".debug_info", b"dwarf"),
			custom("name", b"n"),
			custom(".debug_line", b"lines"),
		]);
		let expected =
			module(&[custom("runtime_version", b"v"), (1, vec![0]), custom("name", b"n")]);
		assert_eq!(options(Pass::StripDwarf).apply(&input).unwrap(), expected);
	}

	#[test]
	fn mvp_code_passes_the_sign_extension_check_unchanged() {
		let input = with_function(&[0x45]); // i32.eqz
		assert_eq!(options(Pass::SignextLowering).apply(&input).unwrap(), input);
	}

	#[test]
	fn sign_extension_is_refused_with_the_reason() {
		let input = with_function(&[0xc0]); // i32.extend8_s
		let error = options(Pass::SignextLowering).apply(&input).unwrap_err().to_string();
		assert!(error.contains("beyond the wasm MVP"), "{error}");
	}

	#[test]
	fn broken_modules_are_refused() {
		assert!(options(Pass::StripDwarf).apply(b"not wasm").is_err());
		let mut cut = module(&[custom("name", b"abcdef")]);
		cut.truncate(cut.len() - 2);
		let error = options(Pass::StripDwarf).apply(&cut).unwrap_err().to_string();
		assert!(error.contains("ends inside a section"), "{error}");
	}

	#[test]
	fn run_reads_and_writes_files_in_place() {
		let path = std::env::temp_dir().join(format!("wasm-opt-{}.wasm", std::process::id()));
		std::fs::write(&path, module(&[custom(".debug_str", b"s"), (1, vec![0])])).unwrap();
		options(Pass::StripDwarf).run(&path, &path).unwrap();
		assert_eq!(std::fs::read(&path).unwrap(), module(&[(1, vec![0])]));
		std::fs::remove_file(&path).unwrap();
	}
}
