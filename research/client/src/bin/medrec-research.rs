//! `medrec-research`: a researcher's command line for MedRec research (and a member's vote).
//! Everything it does is in the `medrec_research_client` library; this file reads flags and
//! prints.

use std::{path::PathBuf, process::ExitCode, time::Duration};

use clap::{Args, Parser, Subcommand};
use medrec_chain_client::parse_account;
use medrec_primitives::research::{PrimaryPurpose, QueryId, StudyId, StudyPurpose, StudyState};
use medrec_research_client::{
	grammar::{self, categories_text, format_milli, format_moment, query_text, QuerySpec},
	state_text,
	terms::{build_terms, TermsSpec},
	Authorized, Error, QueryRecordOf, Researcher,
};
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;

const QUERY_HELP: &str = "\
CLAUSES (--has, --lacks; quote them: the shell expands * and [ ])
  KIND:SYSTEM:CODES[RANGE]@WINDOW+SENSITIVE       RANGE, WINDOW, SENSITIVE optional
  KIND       condition | medication | observation | procedure | immunization | encounter | allergy
  SYSTEM     icd10 | snomed | loinc | rxnorm | cvx   (as the kind allows: medication is rxnorm, ...)
  CODES      CODE,CODE,...  any one matches
             E11*     E11 and its descendants (ICD-10 only; all codes of a clause or none)
             @opioids RxNorm oxycodone 7804, hydrocodone 5489, morphine 7052, fentanyl 4337,
                      tramadol 10689, buprenorphine 1819, methadone 6813
  RANGE      [>=6.5%]  [<140mm[Hg]]  [>=25,<30kg/m2]  observation values in the record's UCUM
             unit, at most 3 decimals, lower bound included, upper excluded
  WINDOW     @2025-01-01..2026-01-01  @2025-01-01..  @..2026-01-01  record date (UTC),
             from included, until excluded
  SENSITIVE  +substance-use  +mental-health  +sexual-reproductive-health  also search records
             labelled so (the study must name the category)

  --age 18-65 (both included) or 65+;  --sex female,male (female, male, other, unknown)
  --group-by sex | age:18,40,65 (cells <18, 18-39, 40-64, 65+); at most 2, at most 20 cells
  --index-date: the day ages are counted at; default today if the query uses ages
  ε: decimals with at most 3 places (0.5 = 500 milli-ε)

EXAMPLES
  medrec-research --key //Charlie query --study 0 --epsilon 0.5 --has 'condition:icd10:E11*' \\
     --has medication:rxnorm:@opioids --group-by sex --group-by age:18,40,65
  --has 'observation:loinc:4548-4[>=6.5%]@2025-01-01..'   --lacks 'condition:icd10:F11*+substance-use'

EXIT CODES
  0 every site answered   5 results shown, some site missing   2 invalid input
  3 node unreachable      4 refused (unknown study, not its researcher, budget, ...)   1 other";

#[derive(Parser)]
#[command(
	name = "medrec-research",
	version,
	about = "A researcher's client for MedRec: register studies, authorize differentially private \
	         queries on chain, fetch and combine every site's answer."
)]
struct Cli {
	/// The chain node's JSON-RPC URL.
	#[arg(long, global = true, env = "MEDREC_NODE_URL", default_value = "http://127.0.0.1:9944")]
	node: String,
	/// The signer's secret URI (`//Charlie`, a mnemonic, a hex seed): the study's researcher,
	/// or a consortium member to vote.
	#[arg(long, global = true, env = "MEDREC_KEY", hide_env_values = true)]
	key: Option<String>,
	/// Print JSON instead of text.
	#[arg(long, global = true)]
	json: bool,
	/// `ACCOUNT=URL`: reach that provider's gatekeeper at URL instead of the registered one
	/// (repeatable).
	#[arg(long = "gatekeeper", global = true, value_name = "ACCOUNT=URL")]
	gatekeepers: Vec<String>,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Register, list and show studies.
	#[command(subcommand)]
	Study(StudyCommand),
	/// Vote on a consortium proposal (a study's, or any other), as a member.
	Vote {
		/// The proposal's index (`study register` prints it).
		index: u32,
		/// `aye` or `nay`.
		#[arg(value_parser = ["aye", "nay"])]
		vote: String,
	},
	/// Authorize a query (spends its ε, unless the study already authorized the same query),
	/// then fetch every site's answer and combine them.
	#[command(after_help = QUERY_HELP)]
	Query(QueryArgs),
	/// Fetch the answers to an authorized query again: free.
	Answers {
		#[arg(long)]
		study: StudyId,
		#[arg(long)]
		query: QueryId,
		#[command(flatten)]
		fetch: FetchArgs,
	},
	/// A study's privacy budget: spent, left, and the most one query may spend.
	Budget {
		#[arg(long)]
		study: StudyId,
	},
	/// Publish the signer's X25519 key (derived from --key) so gatekeepers can seal answers
	/// to it; needed once before the first query.
	PublishKey,
}

#[derive(Subcommand)]
enum StudyCommand {
	/// Register a study; it goes before the consortium.
	Register(RegisterArgs),
	/// Every study: id, state, budget, title.
	List,
	/// A study's terms, state, budget and authorized queries.
	Show { id: StudyId },
}

#[derive(Args)]
struct RegisterArgs {
	#[arg(long)]
	title: String,
	/// health | general | ancestry | disease:E11,I10 (ICD-10, up to 4).
	#[arg(long)]
	purpose: String,
	/// The results are used commercially.
	#[arg(long)]
	commercial: bool,
	/// The research organisation is for profit.
	#[arg(long)]
	for_profit: bool,
	/// The study develops new methods.
	#[arg(long)]
	methods_development: bool,
	/// The results will not be published.
	#[arg(long)]
	no_publish: bool,
	/// Where the research is done (ISO 3166-1 alpha-2).
	#[arg(long, default_value = "NL")]
	region: String,
	/// In an area only an explicit opt-in reaches (vulnerable populations, stigmatized
	/// conditions, ...).
	#[arg(long)]
	sensitive_area: bool,
	/// Comma-separated: demographics, conditions, medications, allergies, immunizations,
	/// observations, procedures, encounters, clinical-notes, imaging, mental-health,
	/// substance-use, sexual-reproductive-health.
	#[arg(long)]
	categories: String,
	/// The minimum cell count: smaller noisy counts are reported as "< k".
	#[arg(long, default_value_t = 11)]
	k: u16,
	/// The study's total privacy budget, ε.
	#[arg(long)]
	budget: String,
	/// The most one query may spend, ε.
	#[arg(long)]
	max_query: String,
	/// First day queries may be authorized (YYYY-MM-DD, UTC); default today.
	#[arg(long)]
	from: Option<String>,
	/// Queries may be authorized until this day (excluded).
	#[arg(long)]
	until: String,
	/// Where the protocol is published.
	#[arg(long)]
	protocol_url: String,
	/// The protocol document: its SHA-256 goes on chain.
	#[arg(long)]
	protocol_file: Option<PathBuf>,
	/// The ethics committee's approval: its SHA-256 goes on chain.
	#[arg(long)]
	ethics_file: Option<PathBuf>,
}

#[derive(Args)]
struct FetchArgs {
	/// How long to keep asking sites that say "not yet" (seconds).
	#[arg(long, default_value_t = 60)]
	wait: u64,
	/// Intervals hold with probability at least 1 − alpha.
	#[arg(long, default_value_t = 0.05)]
	alpha: f64,
}

#[derive(Args)]
struct QueryArgs {
	#[arg(long)]
	study: StudyId,
	/// ε to spend on this query's noise (decimals, at most 3 places).
	#[arg(long)]
	epsilon: String,
	/// A clause patients must meet (see below); repeatable, all must hold.
	#[arg(long)]
	has: Vec<String>,
	/// A clause patients must not meet; repeatable.
	#[arg(long)]
	lacks: Vec<String>,
	/// Age in years at the index date: MIN-MAX or MIN+.
	#[arg(long)]
	age: Option<String>,
	/// Comma-separated: female, male, other, unknown.
	#[arg(long)]
	sex: Option<String>,
	/// sex, or age:B1,B2,... (band boundaries); repeatable, at most twice.
	#[arg(long)]
	group_by: Vec<String>,
	/// The day ages are counted at (YYYY-MM-DD); default today when ages are used.
	#[arg(long)]
	index_date: Option<String>,
	/// Authorize only; fetch later with `answers`.
	#[arg(long)]
	no_fetch: bool,
	#[command(flatten)]
	fetch: FetchArgs,
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn purpose_text(p: &PrimaryPurpose) -> String {
	match p {
		PrimaryPurpose::General => "general".into(),
		PrimaryPurpose::Health => "health".into(),
		PrimaryPurpose::Ancestry => "ancestry".into(),
		PrimaryPurpose::Disease(codes) => {
			format!("disease:{}", codes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(","))
		},
	}
}

fn purpose_line(p: &StudyPurpose) -> String {
	let mut parts =
		vec![purpose_text(&p.primary), format!("region {}", String::from_utf8_lossy(&p.region))];
	for (flag, word) in [
		(p.publishes, "publishes"),
		(!p.publishes, "does not publish"),
		(p.commercial, "commercial"),
		(p.for_profit_org, "for profit"),
		(p.methods_development, "methods development"),
		(p.sensitive_area, "sensitive area"),
	] {
		if flag {
			parts.push(word.into());
		}
	}
	parts.join("; ")
}

fn state_word(state: &StudyState<u32>) -> &'static str {
	match state {
		StudyState::Proposed { .. } => "proposed",
		StudyState::Approved { .. } => "approved",
		StudyState::Rejected => "rejected",
		StudyState::Lapsed => "lapsed",
		StudyState::Closed { .. } => "closed",
	}
}

fn query_json(id: QueryId, record: &QueryRecordOf) -> Value {
	json!({
		"id": id,
		"criteria": query_text(&record.query),
		"epsilon": format_milli(record.query.epsilon),
		"milli_epsilon": record.query.epsilon,
		"cells": record.query.cells(),
		"authorized_at": record.authorized_at,
		"hash": format!("{:?}", record.hash),
	})
}

fn study_json(id: StudyId, s: &medrec_chain_client::StudyOf) -> Value {
	let t = &s.terms;
	let p = &t.purpose;
	json!({
		"id": id,
		"title": String::from_utf8_lossy(&t.title),
		"researcher": s.researcher.to_ss58check(),
		"state": state_word(&s.state),
		"state_detail": state_text(&s.state),
		"proposal": match s.state { StudyState::Proposed { proposal, .. } => Some(proposal), _ => None },
		"purpose": {
			"primary": purpose_text(&p.primary),
			"commercial": p.commercial,
			"for_profit": p.for_profit_org,
			"methods_development": p.methods_development,
			"publishes": p.publishes,
			"region": String::from_utf8_lossy(&p.region),
			"sensitive_area": p.sensitive_area,
		},
		"categories": categories_text(t.categories),
		"from": format_moment(t.starts),
		"until": format_moment(t.ends),
		"k": t.min_cell,
		"budget": format_milli(t.budget),
		"spent": format_milli(s.spent),
		"remaining": format_milli(s.remaining()),
		"max_per_query": format_milli(t.max_per_query),
		"budget_milli": t.budget,
		"spent_milli": s.spent,
		"remaining_milli": s.remaining(),
		"protocol_url": String::from_utf8_lossy(&t.protocol_url),
		"protocol_sha256": hex(&t.protocol_sha256),
		"ethics_sha256": hex(&t.ethics_sha256),
	})
}

fn budget_line(id: StudyId, s: &medrec_chain_client::StudyOf) -> String {
	format!("study {id}: {}", budget_text(s))
}

fn budget_text(s: &medrec_chain_client::StudyOf) -> String {
	format!(
		"spent {} of {} ε, {} ε left; at most {} per query",
		format_milli(s.spent),
		format_milli(s.terms.budget),
		format_milli(s.remaining()),
		format_milli(s.terms.max_per_query)
	)
}

fn authorized_json(a: &Authorized) -> Value {
	json!({
		"study": a.study,
		"query": a.id,
		"repeated": a.repeated,
		"spent": a.debit.map(|d| format_milli(d.epsilon)),
		"spent_milli": a.debit.map(|d| d.epsilon),
		"remaining": format_milli(a.remaining),
		"remaining_milli": a.remaining,
		"authorized_at": a.record.authorized_at,
		"hash": format!("{:?}", a.record.hash),
		"criteria": query_text(&a.record.query),
	})
}

fn authorized_text(a: &Authorized) -> String {
	match a.debit {
		Some(d) => format!(
			"query {} of study {} authorized in block #{}: spent {} ε, {} ε left",
			a.id,
			a.study,
			a.record.authorized_at,
			format_milli(d.epsilon),
			format_milli(a.remaining)
		),
		None => format!(
			"query {} of study {} was already authorized (block #{}): nothing spent, {} ε left",
			a.id,
			a.study,
			a.record.authorized_at,
			format_milli(a.remaining)
		),
	}
}

fn check_alpha(alpha: f64) -> Result<(), Error> {
	if (medrec_dp::MIN_ALPHA..1.0).contains(&alpha) {
		Ok(())
	} else {
		Err(Error::Input(format!("--alpha {alpha}: between {} and 1", medrec_dp::MIN_ALPHA)))
	}
}

/// What a command printed, and whether it was complete (exit 0) or missed sites (exit 5).
struct Done {
	text: String,
	json: Value,
	incomplete: bool,
}

impl Done {
	fn new(text: String, json: Value) -> Self {
		Self { text, json, incomplete: false }
	}
}

async fn run(cli: Cli) -> Result<Done, Error> {
	let mut researcher = Researcher::connect(&cli.node, cli.key.as_deref())?;
	for entry in &cli.gatekeepers {
		let parsed = entry
			.split_once('=')
			.and_then(|(account, url)| Some((parse_account(account)?, url.to_string())));
		let (account, url) = parsed.ok_or_else(|| {
			Error::Input(format!("--gatekeeper {entry}: expected ACCOUNT=URL with an SS58 account"))
		})?;
		researcher = researcher.with_gatekeeper(account, url);
	}
	match cli.command {
		Command::Study(StudyCommand::Register(a)) => {
			let spec = TermsSpec {
				title: a.title,
				purpose: a.purpose,
				commercial: a.commercial,
				for_profit: a.for_profit,
				methods_development: a.methods_development,
				no_publish: a.no_publish,
				sensitive_area: a.sensitive_area,
				region: a.region,
				categories: a.categories,
				k: a.k,
				budget: a.budget,
				max_query: a.max_query,
				from: a.from,
				until: a.until,
				protocol_url: a.protocol_url,
				protocol_file: a.protocol_file,
				ethics_file: a.ethics_file,
			};
			let terms = build_terms(&spec, grammar::now_ms()).map_err(Error::Input)?;
			let mut notes = String::new();
			if spec.protocol_file.is_none() {
				notes.push_str("  note: no --protocol-file: its SHA-256 is recorded as zeros\n");
			}
			if spec.ethics_file.is_none() {
				notes.push_str("  note: no --ethics-file: its SHA-256 is recorded as zeros\n");
			}
			let r = researcher.register_study(terms).await?;
			Ok(Done::new(
				format!(
					"study {} registered; before the consortium as proposal {} until block #{}\n\
					 {notes}  members vote with: medrec-research --key <member> vote {} aye\n",
					r.study, r.proposal, r.expires, r.proposal
				),
				json!({"study": r.study, "proposal": r.proposal, "expires": r.expires,
					"block": format!("{:?}", r.block)}),
			))
		},
		Command::Study(StudyCommand::List) => {
			let studies = researcher.studies().await?;
			let mut text = String::new();
			for (id, s) in &studies {
				let budget =
					format!("{}/{} ε", format_milli(s.spent), format_milli(s.terms.budget));
				text.push_str(&format!(
					"{id:>4}  {:<9} {budget:<12} {}\n",
					state_word(&s.state),
					String::from_utf8_lossy(&s.terms.title)
				));
			}
			if studies.is_empty() {
				text.push_str("no studies\n");
			}
			let json = studies.iter().map(|(id, s)| study_json(*id, s)).collect::<Vec<_>>();
			Ok(Done::new(text, json!(json)))
		},
		Command::Study(StudyCommand::Show { id }) => {
			let s = researcher.study(id).await?;
			let queries = researcher.queries(id).await?;
			let mut json = study_json(id, &s);
			json["queries"] =
				json!(queries.iter().map(|(q, r)| query_json(*q, r)).collect::<Vec<_>>());
			let t = &s.terms;
			let mut text = format!(
				"study {id}: {}\n  researcher  {}\n  state       {}\n  purpose     {}\n  \
				 categories  {}\n  period      {} until {}\n  k           {}\n  budget      {}\n  \
				 protocol    {} (sha256 {})\n  ethics      sha256 {}\n",
				String::from_utf8_lossy(&t.title),
				s.researcher.to_ss58check(),
				state_text(&s.state),
				purpose_line(&t.purpose),
				categories_text(t.categories),
				format_moment(t.starts),
				format_moment(t.ends),
				t.min_cell,
				budget_text(&s),
				String::from_utf8_lossy(&t.protocol_url),
				hex(&t.protocol_sha256),
				hex(&t.ethics_sha256),
			);
			text.push_str(&format!("  queries     {}\n", queries.len()));
			for (q, r) in &queries {
				text.push_str(&format!(
					"    {q}: block #{}, ε {}: {}\n",
					r.authorized_at,
					format_milli(r.query.epsilon),
					query_text(&r.query)
				));
			}
			Ok(Done::new(text, json))
		},
		Command::Vote { index, vote } => {
			let aye = vote == "aye";
			let v = researcher.vote(index, aye).await?;
			let outcome = match (v.decided, v.approved_study) {
				(Some(true), Some(study)) => format!("passed: study {study} is approved"),
				(Some(true), None) => "passed".into(),
				(Some(false), _) => "rejected".into(),
				(None, _) => "not decided yet".into(),
			};
			Ok(Done::new(
				format!(
					"voted {vote} on proposal {index}: {} aye, {} nay; {outcome}\n",
					v.ayes, v.nays
				),
				json!({"proposal": index, "aye": aye, "ayes": v.ayes, "nays": v.nays,
					"decided": v.decided.map(|d| if d { "passed" } else { "rejected" }),
					"approved_study": v.approved_study}),
			))
		},
		Command::Budget { study } => {
			let s = researcher.study(study).await?;
			Ok(Done::new(format!("{}\n", budget_line(study, &s)), study_json(study, &s)))
		},
		Command::PublishKey => {
			let public = researcher.reader()?.encryption_public();
			let number = researcher.publish_key(Duration::from_secs(60)).await?;
			Ok(Done::new(
				format!("published X25519 key {} (final in block #{number})\n", hex(&public)),
				json!({"key": hex(&public), "block": number}),
			))
		},
		Command::Query(a) => {
			check_alpha(a.fetch.alpha)?;
			let spec = QuerySpec {
				epsilon: a.epsilon,
				has: a.has,
				lacks: a.lacks,
				age: a.age,
				sex: a.sex,
				group_by: a.group_by,
				index_date: a.index_date,
			};
			let query =
				grammar::build_query(&spec, grammar::now_ms()).map_err(Error::InvalidQuery)?;
			let authorized = researcher.authorize(a.study, query).await?;
			let mut text = format!("{}\n", authorized_text(&authorized));
			let mut json = json!({"authorization": authorized_json(&authorized)});
			if a.no_fetch {
				text.push_str(&format!(
					"fetch the answers with: medrec-research answers --study {} --query {}\n",
					a.study, authorized.id
				));
				return Ok(Done::new(text, json));
			}
			if !cli.json {
				eprintln!("{}", text.trim_end());
				eprintln!("waiting for block #{} to be final...", authorized.record.authorized_at);
				text.clear();
			}
			let wait = Duration::from_secs(a.fetch.wait);
			researcher.wait_final(&authorized, wait.max(Duration::from_secs(60))).await?;
			let results = researcher
				.results(a.study, authorized.id, authorized.record, wait, a.fetch.alpha)
				.await?;
			text.push_str(&results.text());
			json["results"] = results.json();
			Ok(Done { text, json, incomplete: results.incomplete() })
		},
		Command::Answers { study, query, fetch } => {
			check_alpha(fetch.alpha)?;
			let record = researcher.query(study, query).await?;
			researcher.ensure_key().await?;
			let results = researcher
				.results(study, query, record, Duration::from_secs(fetch.wait), fetch.alpha)
				.await?;
			Ok(Done {
				text: results.text(),
				json: results.json(),
				incomplete: results.incomplete(),
			})
		},
	}
}

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	let json = cli.json;
	match run(cli).await {
		Ok(done) => {
			if json {
				println!("{}", serde_json::to_string_pretty(&done.json).unwrap_or_default());
			} else {
				print!("{}", done.text);
			}
			if done.incomplete {
				ExitCode::from(5)
			} else {
				ExitCode::SUCCESS
			}
		},
		Err(e) => {
			if json {
				println!("{}", json!({"error": e.to_string(), "exit_code": e.exit_code()}));
			}
			eprintln!("medrec-research: {e}");
			ExitCode::from(e.exit_code() as u8)
		},
	}
}
