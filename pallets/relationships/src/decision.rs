//! The access decision: may `viewer` read `category` of `patient`'s records held by
//! `provider`, for `purpose`, now?
//!
//! The answer is computed from storage alone, so every node, gatekeeper and app that asks at
//! the same block gets the same answer.

use medrec_primitives::{Basis, Decision, DenyReason, RelationshipView};

use super::*;

impl<T: Config> Pallet<T> {
	/// The access decision at the current block's time.
	pub fn decide(
		viewer: &T::AccountId,
		patient: &T::AccountId,
		provider: &T::AccountId,
		category: Category,
		purpose: Purpose,
	) -> Decision {
		Self::decide_at(viewer, patient, provider, category, purpose, Self::now())
	}

	/// The access decision at time `now` (ms since the epoch).
	///
	/// Denials give the most specific reason found: a grant that names the viewer but has
	/// expired says `Expired` rather than `NoGrant`.
	pub fn decide_at(
		viewer: &T::AccountId,
		patient: &T::AccountId,
		provider: &T::AccountId,
		category: Category,
		purpose: Purpose,
		now: Moment,
	) -> Decision {
		if T::Registry::role(patient) != Some(Role::Patient) {
			return Decision::Deny(DenyReason::UnknownPatient);
		}
		if !T::Registry::is_provider(provider) {
			return Decision::Deny(DenyReason::UnknownProvider);
		}
		let Some(id) = PatientAndProviderToRelationship::<T>::get(patient, provider) else {
			return Decision::Deny(DenyReason::NoRelationship);
		};
		let active =
			IdToRelationship::<T>::get(id).is_some_and(|r| r.state == RelationshipState::Active);
		if !active {
			return Decision::Deny(DenyReason::RelationshipNotActive);
		}
		if viewer == patient {
			return Decision::Allow { basis: Basis::Patient, expires: None };
		}
		if viewer == provider {
			return Decision::Allow { basis: Basis::RecordHolder, expires: None };
		}

		if medrec_primitives::Categories::emergency().contains(category) {
			let access = PatientToEmergencyAccesses::<T>::get(patient)
				.into_iter()
				.find(|a| &a.provider == viewer && a.expires > now);
			if let Some(access) = access {
				return Decision::Allow { basis: Basis::Emergency, expires: Some(access.expires) };
			}
		}

		if let Some(switch) = PatientToDeadMan::<T>::get(patient) {
			if switch.fired(now)
				&& switch.categories.contains(category)
				&& switch.beneficiaries.contains(viewer)
			{
				return Decision::Allow { basis: Basis::DeadManSwitch, expires: None };
			}
		}

		let groups = PatientToGroups::<T>::get(patient);
		let names_viewer = |v: &ViewerOf<T>| match v {
			Viewer::Account(account) => account == viewer,
			Viewer::Group(group) => {
				groups.iter().any(|g| g.id == *group && g.members.contains(viewer))
			},
		};
		// Ranks how close a grant came to allowing, so the denial names the nearest miss.
		let rank = |reason: DenyReason| match reason {
			DenyReason::CategoryNotGranted => 1,
			DenyReason::PurposeNotGranted => 2,
			DenyReason::NotYetValid => 3,
			DenyReason::Expired => 4,
			_ => 0,
		};
		let mut nearest = DenyReason::NoGrant;
		for grant in PatientToGrants::<T>::get(patient) {
			let in_scope = match grant.scope {
				Scope::AllRelationships => true,
				Scope::Relationship(r) => r == id,
			};
			if !in_scope || !names_viewer(&grant.viewer) {
				continue;
			}
			let miss = if !grant.categories.contains(category) {
				DenyReason::CategoryNotGranted
			} else if grant.purpose != purpose {
				DenyReason::PurposeNotGranted
			} else if now < grant.not_before {
				DenyReason::NotYetValid
			} else if now >= grant.expires {
				DenyReason::Expired
			} else {
				return Decision::Allow {
					basis: Basis::Grant(grant.id),
					expires: Some(grant.expires),
				};
			};
			if rank(miss) > rank(nearest) {
				nearest = miss;
			}
		}
		Decision::Deny(nearest)
	}

	/// `patient`'s relationships, with status flags from `status`.
	pub fn relationships_of(
		patient: &T::AccountId,
		status: impl Fn(RelationshipId) -> StatusFlags,
	) -> Vec<RelationshipView<T::AccountId, BlockNumberFor<T>>> {
		PatientToRelationships::<T>::get(patient)
			.into_iter()
			.filter_map(|id| {
				IdToRelationship::<T>::get(id).map(|rel| RelationshipView {
					id,
					patient: rel.patient,
					provider: rel.provider,
					state: rel.state,
					pointers: rel.pointers.into_inner(),
					status: status(id),
				})
			})
			.collect()
	}
}
