//! The pallets whose benchmarks the runtime runs (`medrec-node benchmark pallet`).
//!
//! `frame_system` is here so MedRec's calls can be compared with a plain `System::remark`.

frame_benchmarking::define_benchmarks!(
	[frame_system, frame_system_benchmarking::Pallet::<crate::Runtime>]
	[pallet_medrec_registrar, crate::Registrar]
	[pallet_medrec_relationships, crate::Relationships]
	[pallet_medrec_summary, crate::Summary]
	[pallet_medrec_consortium, crate::Consortium]
	[pallet_medrec_research, crate::Research]
);
