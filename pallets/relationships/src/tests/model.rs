//! Property test: random sequences of grants, revocations, expiry (time passing), proxy changes
//! and terminations, checked call by call against a reference model of who may read what.

use proptest::prelude::*;

use super::*;

const PROVIDERS: [AccountId; 2] = [HOSPITAL, 4];
const VIEWERS: [AccountId; 3] = [CLINIC, LAB, PHARMACY];
const PURPOSES: [Purpose; 5] = [
	Purpose::Treatment,
	Purpose::Payment,
	Purpose::Operations,
	Purpose::Research,
	Purpose::Personal,
];
const MAX_GRANTS: usize = 4;

#[derive(Clone, Debug)]
enum Op {
	Grant {
		by_proxy: bool,
		viewer: usize,
		scope: usize,
		categories: u16,
		purpose: usize,
		start: i64,
		len: u64,
	},
	Revoke {
		pick: usize,
	},
	Advance {
		ms: u64,
	},
	SetProxy {
		categories: u16,
		len: u64,
	},
	RemoveProxy,
	End {
		provider: usize,
	},
	Reopen {
		provider: usize,
	},
}

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		4 => (any::<bool>(), 0..3usize, 0..3usize, 0u16..(1 << 14), 0..5usize, -3i64..3, 1u64..6)
			.prop_map(|(by_proxy, viewer, scope, categories, purpose, start, len)| Op::Grant {
				by_proxy, viewer, scope, categories, purpose, start, len
			}),
		2 => (0..6usize).prop_map(|pick| Op::Revoke { pick }),
		2 => (0u64..3 * DAY).prop_map(|ms| Op::Advance { ms }),
		1 => (0u16..(1 << 13), 1u64..5).prop_map(|(categories, len)| Op::SetProxy { categories, len }),
		1 => Just(Op::RemoveProxy),
		1 => (0..2usize).prop_map(|provider| Op::End { provider }),
		1 => (0..2usize).prop_map(|provider| Op::Reopen { provider }),
	]
}

#[derive(Clone, Debug)]
struct ModelGrant {
	id: GrantId,
	viewer: AccountId,
	/// `None`: all relationships.
	relationship: Option<RelationshipId>,
	categories: Categories,
	purpose: Purpose,
	not_before: u64,
	expires: u64,
}

/// The reference: the rules written as plainly as possible.
#[derive(Debug)]
struct Model {
	now: u64,
	relationships: [Option<RelationshipId>; 2],
	next_relationship: RelationshipId,
	grants: Vec<ModelGrant>,
	next_grant: GrantId,
	proxy: Option<(Categories, u64)>,
}

impl Model {
	fn allows(
		&self,
		viewer: AccountId,
		provider: usize,
		category: Category,
		purpose: Purpose,
	) -> bool {
		let Some(relationship) = self.relationships[provider] else { return false };
		self.grants.iter().any(|g| {
			g.viewer == viewer
				&& g.relationship.is_none_or(|r| r == relationship)
				&& g.categories.contains(category)
				&& g.purpose == purpose
				&& g.not_before <= self.now
				&& self.now < g.expires
		})
	}
}

fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
	let mut ext = ExtBuilder.build();
	ext.execute_with(|| {
		let mut model = Model {
			now: T0,
			relationships: [Some(0), Some(1)],
			next_relationship: 2,
			grants: vec![],
			next_grant: 0,
			proxy: None,
		};
		for provider in PROVIDERS {
			open_active(PATIENT, provider);
		}
		for op in ops {
			let now = model.now;
			let (result, expected_ok) = match op.clone() {
				Op::Grant { by_proxy, viewer, scope, categories, purpose, start, len } => {
					let categories = Categories(categories);
					let not_before = (now as i64 + start * DAY as i64) as u64;
					let expires = not_before + len * DAY;
					let relationship = match scope {
						0 => Some(None),
						s => model.relationships[s - 1].map(Some),
					};
					let who = if by_proxy { PROXY } else { PATIENT };
					let authorised = !by_proxy
						|| model.proxy.is_some_and(|(c, e)| e > now && categories.is_subset_of(c));
					let expired: Vec<_> =
						model.grants.iter().filter(|g| g.expires <= now).map(|g| g.id).collect();
					let room = model.grants.len() < MAX_GRANTS || !expired.is_empty();
					let ok = authorised
						&& categories.is_valid()
						&& expires > now && relationship.is_some()
						&& room;
					let scope_arg = match relationship {
						Some(Some(r)) => Scope::Relationship(r),
						Some(None) => Scope::AllRelationships,
						// A relationship that was ended: use its last id, which no longer exists.
						None => Scope::Relationship(model.next_relationship + 100),
					};
					let result = Relationships::grant(
						signed(who),
						PATIENT,
						Viewer::Account(VIEWERS[viewer]),
						scope_arg,
						categories,
						PURPOSES[purpose],
						not_before,
						expires,
					);
					if ok {
						if model.grants.len() >= MAX_GRANTS {
							model.grants.retain(|g| g.expires > now);
						}
						model.grants.push(ModelGrant {
							id: model.next_grant,
							viewer: VIEWERS[viewer],
							relationship: relationship.flatten(),
							categories,
							purpose: PURPOSES[purpose],
							not_before,
							expires,
						});
						model.next_grant += 1;
					}
					(result, ok)
				},
				Op::Revoke { pick } => {
					let id = model.grants.get(pick).map(|g| g.id).unwrap_or(10_000 + pick as u32);
					let ok = model.grants.iter().any(|g| g.id == id);
					model.grants.retain(|g| g.id != id);
					(Relationships::revoke(signed(PATIENT), PATIENT, id), ok)
				},
				Op::Advance { ms } => {
					model.now += ms;
					set_now(model.now);
					(Ok(()), true)
				},
				Op::SetProxy { categories, len } => {
					let categories = Categories(categories);
					let ok = categories.is_valid();
					if ok {
						model.proxy = Some((categories, now + len * DAY));
					}
					(
						Relationships::add_proxy(
							signed(PATIENT),
							PROXY,
							categories,
							now + len * DAY,
						),
						ok,
					)
				},
				Op::RemoveProxy => {
					let ok = model.proxy.take().is_some();
					(Relationships::remove_proxy(signed(PATIENT), PATIENT, PROXY), ok)
				},
				Op::End { provider } => match model.relationships[provider].take() {
					Some(id) => {
						model.grants.retain(|g| g.relationship != Some(id));
						(Relationships::end_relationship(signed(PROVIDERS[provider]), id), true)
					},
					None => {
						(Relationships::end_relationship(signed(PROVIDERS[provider]), 9_999), false)
					},
				},
				Op::Reopen { provider } => {
					if model.relationships[provider].is_some() {
						(
							Relationships::open_relationship(signed(PROVIDERS[provider]), PATIENT),
							false,
						)
					} else {
						let id = model.next_relationship;
						model.next_relationship += 1;
						model.relationships[provider] = Some(id);
						(
							Relationships::open_relationship(signed(PROVIDERS[provider]), PATIENT)
								.and_then(|_| {
									Relationships::accept_relationship(signed(PATIENT), id)
								}),
							true,
						)
					}
				},
			};
			prop_assert_eq!(result.is_ok(), expected_ok, "{:?} gave {:?}", op, result);

			for (p, provider) in PROVIDERS.iter().enumerate() {
				for viewer in VIEWERS {
					for category in Category::ALL {
						for purpose in PURPOSES {
							let expected = model.allows(viewer, p, category, purpose);
							let actual = Relationships::decide(
								&viewer, &PATIENT, provider, category, purpose,
							);
							prop_assert_eq!(
								actual.is_allowed(),
								expected,
								"after {:?}: viewer {} provider {} {:?} {:?}: {:?}",
								op,
								viewer,
								provider,
								category,
								purpose,
								actual
							);
						}
					}
				}
			}
		}
		Relationships::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
		Ok(())
	})
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

	#[test]
	fn decisions_match_the_reference_model(ops in proptest::collection::vec(op(), 1..40)) {
		run(ops)?;
	}
}
