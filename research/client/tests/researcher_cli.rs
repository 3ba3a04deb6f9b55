//! `medrec-research` end to end against a real `--dev` node (no gatekeepers): Charlie Research
//! Institute registers a study, Alice (the consortium's only member) approves it, queries are
//! authorized and debited, the same query again is free (no extrinsic, same id), and a query
//! beyond the budget is refused with what is left. Every step runs the command line as a
//! researcher would and reads its output and exit code.

use std::process::{Command, Output};

use medrec_e2e::{Node, Result};
use serde_json::Value;
use sp_keyring::Sr25519Keyring;

struct Cli {
	node: String,
}

impl Cli {
	fn run(&self, key: Option<&str>, args: &[&str]) -> Output {
		let mut command = Command::new(env!("CARGO_BIN_EXE_medrec-research"));
		command.args(["--node", &self.node]).env_remove("MEDREC_KEY").env_remove("MEDREC_NODE_URL");
		if let Some(key) = key {
			command.args(["--key", key]);
		}
		command.args(args).output().expect("medrec-research runs")
	}

	/// Runs a command that must succeed with `--json`, and returns its JSON.
	fn json(&self, key: Option<&str>, args: &[&str]) -> Value {
		let mut all = vec!["--json"];
		all.extend_from_slice(args);
		let out = self.run(key, &all);
		assert!(out.status.success(), "{args:?} failed: {}", describe(&out));
		serde_json::from_slice(&out.stdout)
			.unwrap_or_else(|e| panic!("{args:?}: {e}: {}", describe(&out)))
	}

	/// Runs a command that must fail with `code`, and returns what it said on stderr.
	fn fails(&self, key: Option<&str>, args: &[&str], code: i32) -> String {
		let out = self.run(key, args);
		assert_eq!(out.status.code(), Some(code), "{args:?}: {}", describe(&out));
		String::from_utf8_lossy(&out.stderr).into_owned()
	}
}

fn describe(out: &Output) -> String {
	format!(
		"exit {:?}\nstdout:\n{}\nstderr:\n{}",
		out.status.code(),
		String::from_utf8_lossy(&out.stdout),
		String::from_utf8_lossy(&out.stderr)
	)
}

async fn nonce(node: &Node, key: Sr25519Keyring) -> Result<u32> {
	Ok(node.chain.next_nonce(&key.to_account_id()).await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn register_vote_authorize_repeat_and_run_out_of_budget() -> Result<()> {
	let node = Node::dev("research-client").await?;
	let cli = Cli { node: format!("http://127.0.0.1:{}", node.rpc_port) };
	let charlie = Some("//Charlie");

	// The protocol's SHA-256 goes on chain.
	let dir = std::env::temp_dir().join(format!("medrec-research-e2e-{}", std::process::id()));
	std::fs::create_dir_all(&dir)?;
	let protocol = dir.join("protocol.txt");
	std::fs::write(&protocol, b"abc")?;
	let protocol_arg = protocol.to_string_lossy().into_owned();
	let registered = cli.json(
		charlie,
		&[
			"study",
			"register",
			"--title",
			"T2D and opioids",
			"--purpose",
			"disease:E11",
			"--categories",
			"demographics,conditions,medications",
			"--k",
			"11",
			"--budget",
			"1",
			"--max-query",
			"0.5",
			"--until",
			"2099-01-01",
			"--protocol-url",
			"https://charlie.example/t2d.pdf",
			"--protocol-file",
			&protocol_arg,
		],
	);
	std::fs::remove_dir_all(&dir).ok();
	let study = registered["study"].as_u64().ok_or("no study id")?.to_string();
	let proposal = registered["proposal"].as_u64().ok_or("no proposal")?.to_string();
	let shown = cli.json(None, &["study", "show", &study]);
	assert_eq!(shown["state"], "proposed", "{shown}");
	assert_eq!(shown["proposal"].to_string(), proposal);
	assert_eq!(
		shown["protocol_sha256"],
		"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
	);
	assert_eq!(shown["budget_milli"], 1000);

	// Before approval, nothing can be authorized.
	cli.json(charlie, &["publish-key"]);
	let query = ["query", "--study", &study, "--epsilon", "0.5", "--has", "condition:icd10:E11*"];
	let mut no_fetch = query.to_vec();
	no_fetch.push("--no-fetch");
	let refused = cli.fails(charlie, &no_fetch, 4);
	assert!(refused.contains("is proposed"), "{refused}");
	assert!(refused.contains("not approved"), "{refused}");

	// Only members vote; Alice alone is a majority.
	let refused = cli.fails(Some("//Dave"), &["vote", &proposal, "aye"], 4);
	assert!(refused.contains("only consortium members vote"), "{refused}");
	let voted = cli.json(Some("//Alice"), &["vote", &proposal, "aye"]);
	assert_eq!(voted["decided"], "passed", "{voted}");
	assert_eq!(voted["approved_study"].to_string(), study);
	assert_eq!(cli.json(None, &["study", "show", &study])["state"], "approved");

	// Someone else's study.
	let refused = cli.fails(Some("//Dave"), &no_fetch, 4);
	assert!(refused.contains("is not its researcher"), "{refused}");
	// An unknown study, an invalid query.
	let refused = cli.fails(charlie, &["budget", "--study", "999"], 4);
	assert!(refused.contains("there is no study 999"), "{refused}");
	let refused = cli.fails(
		charlie,
		&["query", "--study", &study, "--epsilon", "0.5", "--has", "medication:icd10:E11"],
		2,
	);
	assert!(refused.contains("medication records are coded in rxnorm"), "{refused}");
	// Within the grammar but outside the study: observations are not among its categories.
	let refused = cli.fails(
		charlie,
		&[
			"query",
			"--study",
			&study,
			"--epsilon",
			"0.5",
			"--has",
			"observation:loinc:4548-4",
			"--no-fetch",
		],
		2,
	);
	assert!(refused.contains("names only demographics,conditions,medications"), "{refused}");

	// The first query spends its ε.
	let before = nonce(&node, Sr25519Keyring::Charlie).await?;
	let first = cli.json(charlie, &no_fetch);
	let first = &first["authorization"];
	assert_eq!(first["repeated"], false, "{first}");
	assert_eq!((first["spent"].as_str(), first["remaining"].as_str()), (Some("0.5"), Some("0.5")));
	assert_eq!(nonce(&node, Sr25519Keyring::Charlie).await?, before + 1);
	let on_chain = node.chain.study(study.parse()?, None).await?.ok_or("no study")?;
	assert_eq!((on_chain.spent, on_chain.remaining()), (500, 500));

	// The same query, asked again: same id, nothing spent, no extrinsic sent.
	let again = cli.json(charlie, &no_fetch);
	let again = &again["authorization"];
	assert_eq!(again["repeated"], true, "{again}");
	assert_eq!(again["query"], first["query"]);
	assert_eq!(again["hash"], first["hash"]);
	assert_eq!(again["remaining"], "0.5");
	assert_eq!(
		nonce(&node, Sr25519Keyring::Charlie).await?,
		before + 1,
		"no extrinsic for a repeat"
	);

	// A second, different query (codes given in another order, grouped by age) spends 0.4.
	let second = cli.json(
		charlie,
		&[
			"query",
			"--study",
			&study,
			"--epsilon",
			"0.4",
			"--has",
			"medication:rxnorm:@opioids",
			"--has",
			"condition:icd10:E11*",
			"--group-by",
			"age:18,40,65",
			"--index-date",
			"2026-12-01",
			"--no-fetch",
		],
	);
	let second = &second["authorization"];
	assert_eq!((second["query"].as_u64(), second["repeated"].as_bool()), (Some(1), Some(false)));
	assert_eq!(second["remaining"], "0.1");
	let shown = cli.json(None, &["study", "show", &study]);
	let queries = shown["queries"].as_array().ok_or("no queries")?;
	assert_eq!(queries.len(), 2);
	// The chain holds codes, not the set's name.
	let criteria = queries[1]["criteria"].as_str().unwrap_or_default();
	assert!(criteria.contains("medication:rxnorm:10689,1819,4337,5489,6813,7052,7804"), "{shown}");

	// Beyond the budget: refused by the chain, saying what is left.
	let over = [
		"query",
		"--study",
		&study,
		"--epsilon",
		"0.2",
		"--has",
		"condition:icd10:I10",
		"--no-fetch",
	];
	let refused = cli.fails(charlie, &over, 4);
	assert!(refused.contains("refused: the study has 0.1 ε left"), "{refused}");
	let budget = cli.run(charlie, &["budget", "--study", &study]);
	assert!(budget.status.success(), "{}", describe(&budget));
	assert_eq!(
		String::from_utf8_lossy(&budget.stdout).trim(),
		format!("study {study}: spent 0.9 of 1 ε, 0.1 ε left; at most 0.5 per query")
	);

	// The whole path once more, fetching: the repeat is free, the command waits for its block to
	// be final, and asks the development chain's sites. Their gatekeepers do not run here, so
	// each is listed as missing with its reason (and the exit code says results are incomplete).
	let mut fetching = query.to_vec();
	fetching.extend(["--wait", "2", "--json"]);
	let out = cli.run(charlie, &fetching);
	assert_eq!(out.status.code(), Some(5), "{}", describe(&out));
	let full: Value = serde_json::from_slice(&out.stdout)?;
	assert_eq!(full["authorization"]["repeated"], true);
	let results = &full["results"];
	assert_eq!(results["answered"], 0, "{results}");
	let sites = results["sites"].as_array().ok_or("no sites")?;
	let names: Vec<&str> = sites.iter().filter_map(|s| s["name"].as_str()).collect();
	assert!(names.contains(&"Alice General Hospital"), "{names:?}");
	assert!(sites.iter().all(|s| s["status"] == "missing"), "{results}");
	assert_eq!(results["cells"][0]["combined"], Value::Null, "nothing imputed");
	// `answers` re-fetches the same way, spending nothing.
	let out = cli.run(charlie, &["answers", "--study", &study, "--query", "0", "--wait", "1"]);
	assert_eq!(out.status.code(), Some(5), "{}", describe(&out));
	assert!(String::from_utf8_lossy(&out.stdout).contains("Missing (not counted, not imputed)"));
	// Three extrinsics in all: two authorizations and the refused one; repeats and fetches none.
	assert_eq!(nonce(&node, Sr25519Keyring::Charlie).await?, before + 3);
	let list = cli.json(None, &["study", "list"]);
	assert_eq!(list[0]["title"], "T2D and opioids");
	assert_eq!(list[0]["remaining"], "0.1");

	// An unreachable node is said to be one.
	let gone = Cli { node: "http://127.0.0.1:9".into() };
	let refused = gone.fails(None, &["study", "list"], 3);
	assert!(refused.contains("cannot reach the node"), "{refused}");
	Ok(())
}
