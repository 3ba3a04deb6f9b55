//! A proleptic Gregorian calendar date, enough for birth dates, ages and FHIR `date` values
//! without a date-time dependency or a wall clock.

use core::{fmt, str::FromStr};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date. Ordered chronologically; serialized as FHIR/ISO `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
	year: i32,
	month: u8,
	day: u8,
}

/// 2026-01-01, the default as-of date.
pub(crate) const JAN_1_2026: Date = Date { year: 2026, month: 1, day: 1 };

/// Why a string or triple is not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for DateError {}

fn is_leap(year: i32) -> bool {
	(year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
	match month {
		2 if is_leap(year) => 29,
		2 => 28,
		4 | 6 | 9 | 11 => 30,
		_ => 31,
	}
}

impl Date {
	/// The date, if it exists and its year has four digits (FHIR's `date` needs them).
	pub fn new(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
		if !(1..=9999).contains(&year) {
			return Err(DateError(format!("year {year} is not between 1 and 9999")));
		}
		let Ok(month) = u8::try_from(month) else {
			return Err(DateError(format!("no month {month}")));
		};
		if !(1..=12).contains(&month) {
			return Err(DateError(format!("no month {month}")));
		}
		match u8::try_from(day) {
			Ok(day) if (1..=days_in_month(year, month)).contains(&day) => {
				Ok(Self { year, month, day })
			},
			_ => Err(DateError(format!("{year}-{month:02} has no day {day}"))),
		}
	}

	pub fn year(self) -> i32 {
		self.year
	}

	pub fn month(self) -> u32 {
		self.month.into()
	}

	pub fn day(self) -> u32 {
		self.day.into()
	}

	/// Days since 1970-01-01 (negative before it).
	pub fn days(self) -> i64 {
		// Howard Hinnant's days_from_civil: years start in March so the leap day is last.
		let y = i64::from(self.year) - i64::from(self.month <= 2);
		let era = y.div_euclid(400);
		let yoe = y - era * 400;
		let m = i64::from(self.month);
		let mp = if m > 2 { m - 3 } else { m + 9 };
		let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
		let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
		era * 146_097 + doe - 719_468
	}

	/// The date `days` days after 1970-01-01. Years outside 1..=9999 are clamped to its ends,
	/// which the generator never reaches (it stays within 100 years of a valid as-of date).
	pub fn from_days(days: i64) -> Self {
		let z = days + 719_468;
		let era = z.div_euclid(146_097);
		let doe = z - era * 146_097;
		let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
		let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
		let mp = (5 * doy + 2) / 153;
		let day = doy - (153 * mp + 2) / 5 + 1;
		let month = if mp < 10 { mp + 3 } else { mp - 9 };
		let year = yoe + era * 400 + i64::from(month <= 2);
		match i32::try_from(year) {
			Ok(year) if (1..=9999).contains(&year) => {
				Self { year, month: month as u8, day: day as u8 }
			},
			_ if year < 1 => Self { year: 1, month: 1, day: 1 },
			_ => Self { year: 9999, month: 12, day: 31 },
		}
	}

	/// `n` days later (earlier if negative).
	pub fn add_days(self, n: i64) -> Self {
		Self::from_days(self.days() + n)
	}

	/// The same day `n` years earlier; 29 February becomes 28 February in a common year.
	pub fn years_before(self, n: i32) -> Self {
		let year = (self.year - n).max(1);
		let day = self.day.min(days_in_month(year, self.month));
		Self { year, month: self.month, day }
	}

	/// Completed years from `self` (a birth date) to `on`; 0 if `on` is earlier.
	pub fn age_on(self, on: Date) -> u32 {
		let mut years = on.year - self.year;
		if (on.month, on.day) < (self.month, self.day) {
			years -= 1;
		}
		u32::try_from(years).unwrap_or(0)
	}
}

impl fmt::Display for Date {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
	}
}

impl FromStr for Date {
	type Err = DateError;

	/// Parses `YYYY-MM-DD`.
	fn from_str(s: &str) -> Result<Self, DateError> {
		let bad = || DateError(format!("{s:?} is not a date (YYYY-MM-DD)"));
		let b = s.as_bytes();
		if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
			return Err(bad());
		}
		let digits = |r: core::ops::Range<usize>| -> Result<u32, DateError> {
			let part = &s[r];
			if part.bytes().all(|c| c.is_ascii_digit()) {
				part.parse().map_err(|_| bad())
			} else {
				Err(bad())
			}
		};
		let year = i32::try_from(digits(0..4)?).map_err(|_| bad())?;
		Date::new(year, digits(5..7)?, digits(8..10)?)
	}
}

impl Serialize for Date {
	fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
		s.collect_str(self)
	}
}

impl<'de> Deserialize<'de> for Date {
	fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
		let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
		s.parse().map_err(serde::de::Error::custom)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn days_round_trip_across_leap_years_and_eras() {
		for days in (-150_000..150_000).step_by(7) {
			let d = Date::from_days(days);
			assert_eq!(d.days(), days, "{d}");
			assert_eq!(d.to_string().parse::<Date>(), Ok(d));
		}
		assert_eq!(Date::new(1970, 1, 1).map(Date::days), Ok(0));
		assert_eq!(Date::new(2000, 3, 1).map(Date::days), Ok(11_017));
	}

	#[test]
	fn parsing_refuses_non_dates() {
		for s in ["2026-02-29", "2026-13-01", "2026-1-01", "+026-01-01", "2026-01-01T00", ""] {
			assert!(s.parse::<Date>().is_err(), "{s}");
		}
		assert!("2024-02-29".parse::<Date>().is_ok());
	}

	#[test]
	fn ages_count_completed_years() {
		let d = |s: &str| s.parse::<Date>().expect("date");
		assert_eq!(d("2000-01-01").age_on(d("2026-01-01")), 26);
		assert_eq!(d("2000-01-02").age_on(d("2026-01-01")), 25);
		assert_eq!(d("2024-02-29").age_on(d("2025-02-28")), 0);
		assert_eq!(d("2024-02-29").age_on(d("2025-03-01")), 1);
		assert_eq!(d("2024-02-29").years_before(1), d("2023-02-28"));
	}
}
