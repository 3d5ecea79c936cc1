import { describe, it } from "vitest";
import { check, type DateCase } from "./cases.js";

/** English and European dates as news pages print them; expectations written from the text. */
const ENGLISH: DateCase[] = [
  { text: "Jan. 24, 2023", date: "2023-01-24", original: "Jan. 24, 2023" },
  { text: "January 24, 2023", date: "2023-01-24" },
  { text: "Jan 24 2023", date: "2023-01-24" },
  { text: "Sept. 5, 2019", date: "2019-09-05" },
  { text: "24 January 2023", date: "2023-01-24" },
  { text: "24th January 2023", date: "2023-01-24" },
  { text: "the 1st of March, 2020", date: "2020-03-01" },
  { text: "January 24th, 2023", date: "2023-01-24" },
  { text: "Tuesday, January 24, 2023", date: "2023-01-24", original: "Tuesday, January 24, 2023" },
  { text: "Tuesday, January 24, 2023 3:05 PM EST", date: "2023-01-24T15:05:00-05:00", original: "Tuesday, January 24, 2023 3:05 PM EST" },
  { text: "Updated 11:42 AM ET, Mon March 6, 2023", date: "2023-03-06T11:42:00-05:00", original: "11:42 AM ET, Mon March 6, 2023" },
  { text: "Updated 11:42 AM ET, Mon March 13, 2023", date: "2023-03-13T11:42:00-04:00" },
  { text: "Published 9:00 AM ET, Sun November 5, 2023", date: "2023-11-05T09:00:00-05:00" },
  { text: "Published 9:00 AM ET, Sat November 4, 2023", date: "2023-11-04T09:00:00-04:00" },
  { text: "July 4, 2023 at 10:15 a.m. PT", date: "2023-07-04T10:15:00-07:00" },
  { text: "December 1, 2023 at 10:15 a.m. PT", date: "2023-12-01T10:15:00-08:00" },
  { text: "June 1, 2023 at 8:00 pm CDT", date: "2023-06-01T20:00:00-05:00" },
  { text: "June 1, 2023 at 8:00 pm EST", date: "2023-06-01T20:00:00-05:00" },
  { text: "Jun 1, 2006 1:00 PM ET", date: "2006-06-01T13:00:00-04:00" },
  { text: "Mar 20, 2006 1:00 PM ET", date: "2006-03-20T13:00:00-05:00" },
  { text: "March 6, 2023 12:00 AM", date: "2023-03-06T00:00:00" },
  { text: "March 6, 2023 12:00 PM", date: "2023-03-06T12:00:00" },
  { text: "March 6, 2023 3 p.m.", date: "2023-03-06T15:00:00" },
  { text: "March 6, 2023 15:05 GMT", date: "2023-03-06T15:05:00+00:00" },
  { text: "March 6, 2023 15:05 UTC+3", date: "2023-03-06T15:05:00+03:00" },
  { text: "March 6, 2023 15:05 (GMT+0400)", date: "2023-03-06T15:05:00+04:00" },
  { text: "Jan 24, '23", date: "2023-01-24" },
  { text: "01/24/2023", options: { lang: "en" }, date: "2023-01-24" },
  { text: "01/24/2023", options: { lang: "en-US" }, date: "2023-01-24" },
  { text: "03/04/2023", options: { lang: "en-US" }, date: "2023-03-04" },
  { text: "03/04/2023", options: { lang: "en-GB" }, date: "2023-04-03" },
  { text: "24/01/2023", options: { lang: "en-GB" }, date: "2023-01-24" },
  { text: "24/01/2023", options: { lang: "en-US" }, date: null },
  { text: "01/24/2023", date: null },
  { text: "Posted yesterday", options: { reference: "2023-03-01T08:00:00-05:00" }, date: "2023-02-28" },
  { text: "2 hours ago", options: { reference: "2023-01-24T01:00:00Z" }, date: "2023-01-23T23:00:00Z" },
  { text: "an hour ago", options: { reference: "2023-01-24T10:30:00-05:00" }, date: "2023-01-24T09:30:00-05:00" },
  { text: "3 days ago", options: { reference: "2023-03-02T10:00:00Z" }, date: "2023-02-27" },
  { text: "2 hours ago", options: { reference: new Date(Date.UTC(2023, 0, 24, 1, 0)) }, date: "2023-01-23T23:00:00Z" },
  { text: "2 hours ago", options: { reference: new Date(Date.UTC(2023, 0, 24, 1, 0)), timezone: "+03:00" }, date: "2023-01-24T02:00:00+03:00" },
  { text: "two hours ago", options: { reference: "2023-01-24T15:05:00-05:00" }, date: "2023-01-24T13:05:00-05:00" },
  { text: "Yesterday at 3:05 PM", options: { reference: "2023-01-24T10:00:00-05:00" }, date: "2023-01-23T15:05:00-05:00" },
  { text: "Today at 9:12 AM ET", options: { reference: "2023-07-04T10:00:00Z" }, date: "2023-07-04T09:12:00-04:00" },
  { text: "Today", options: { reference: "2023-07-04T10:00:00Z" }, date: null },
  { text: "2 hours ago", date: null },
  { text: "Jan 24", options: { reference: "2023-03-01" }, date: "2023-01-24" },
  { text: "Dec 30", options: { reference: "2023-01-02" }, date: "2022-12-30" },
];

const ISO: DateCase[] = [
  { text: "2023-01-24", date: "2023-01-24" },
  { text: "2023-01-24T15:05:00+04:00", date: "2023-01-24T15:05:00+04:00", precision: "second" },
  { text: "2023-01-24T15:05:00+0400", date: "2023-01-24T15:05:00+04:00", precision: "second" },
  { text: "2023-01-24T15:05:00-05:00", date: "2023-01-24T15:05:00-05:00", precision: "second" },
  { text: "2023-01-24T15:05:00.123Z", date: "2023-01-24T15:05:00Z", precision: "second" },
  { text: "2023-01-24T15:05Z", date: "2023-01-24T15:05:00Z" },
  { text: "2023-01-24 15:05:30", date: "2023-01-24T15:05:30", precision: "second" },
  { text: "2023-01-24T23:30:00+00:00", date: "2023-01-24T23:30:00+00:00", precision: "second" },
  { text: "2023-01-24T15:05:00", options: { timezone: "+03:00" }, date: "2023-01-24T15:05:00+03:00", precision: "second" },
  { text: "2023-07-24T15:05:00", options: { timezone: "Europe/Berlin" }, date: "2023-07-24T15:05:00+02:00", precision: "second" },
  { text: "2023-01-24T15:05:00", options: { timezone: "Europe/Berlin" }, date: "2023-01-24T15:05:00+01:00", precision: "second" },
  { text: "Tue, 24 Jan 2023 15:05:00 +0000", date: "2023-01-24T15:05:00+00:00", precision: "second" },
  { text: "Tue Jan 24 2023 15:05:00 GMT+0100 (Central European Standard Time)", date: "2023-01-24T15:05:00+01:00", precision: "second" },
  { text: "2023-01-24 15:05 -0500", date: "2023-01-24T15:05:00-05:00" },
  { text: "24 Jan 2023 15:05 - 16:00", date: "2023-01-24T15:05:00" },
  { text: "2023-02-30", date: null },
  { text: "2023-13-01", date: null },
  { text: "2023-01-24T25:00", date: "2023-01-24" },
];

const FRENCH: DateCase[] = [
  { text: "mardi 24 janvier 2023", date: "2023-01-24" },
  { text: "1er janvier 2023", date: "2023-01-01" },
  { text: "le 14 juillet 1789", date: "1789-07-14" },
  { text: "15 août 2022", date: "2022-08-15" },
  { text: "15 aout 2022", date: "2022-08-15" },
  { text: "3 févr. 2021", date: "2021-02-03" },
  { text: "mardi 24 janvier 2023 à 15h05", date: "2023-01-24T15:05:00" },
  { text: "Publié le 24/01/2023 à 15:05", options: { lang: "fr" }, date: "2023-01-24T15:05:00" },
  { text: "il y a 2 heures", options: { reference: "2023-01-24T15:05:00+01:00" }, date: "2023-01-24T13:05:00+01:00" },
  { text: "hier", options: { reference: "2023-01-24" }, date: "2023-01-23" },
  { text: "aujourd'hui à 10h30", options: { reference: "2023-01-24T15:00:00+01:00" }, date: "2023-01-24T10:30:00+01:00" },
];

const SPANISH: DateCase[] = [
  { text: "24 de enero de 2023", date: "2023-01-24" },
  { text: "martes, 24 de enero de 2023 - 15:05 CET", date: "2023-01-24T15:05:00+01:00" },
  { text: "5 de septiembre de 2019", date: "2019-09-05" },
  { text: "12 de setiembre de 2019", date: "2019-09-12" },
  { text: "1 de diciembre de 2020", date: "2020-12-01" },
  { text: "miércoles 3 de marzo de 2021", date: "2021-03-03" },
  { text: "hace 3 horas", options: { reference: "2023-01-24T10:00:00-03:00" }, date: "2023-01-24T07:00:00-03:00" },
  { text: "ayer", options: { reference: "2023-01-24" }, date: "2023-01-23" },
];

const GERMAN: DateCase[] = [
  { text: "24. Januar 2023", date: "2023-01-24" },
  { text: "24. Jänner 2023", date: "2023-01-24" },
  { text: "3. März 2020", date: "2020-03-03" },
  { text: "3. Maerz 2020", date: "2020-03-03" },
  { text: "Montag, 6. März 2023", date: "2023-03-06" },
  { text: "24. Januar 2023, 15:05 Uhr", date: "2023-01-24T15:05:00" },
  { text: "24.01.2023", date: "2023-01-24" },
  { text: "4.2.2022", date: "2022-02-04" },
  { text: "4. 2. 2022", date: "2022-02-04" },
  { text: "17.03.2020 um 08.30 Uhr", date: "2020-03-17T08:30:00" },
  { text: "Stand: 24.01.2023 15:05 Uhr MEZ", date: "2023-01-24T15:05:00+01:00" },
  { text: "Mo, 24.01.2022", date: "2022-01-24" },
  { text: "24.01.23", date: "2023-01-24" },
  { text: "01.12.99", date: "1999-12-01" },
  { text: "vor 5 Minuten", options: { reference: "2023-01-24T01:00:00" }, date: "2023-01-24T00:55:00" },
  { text: "gestern", options: { reference: "2023-03-01" }, date: "2023-02-28" },
  { text: "heute, 10:30 Uhr", options: { reference: "2023-03-01T12:00:00+01:00" }, date: "2023-03-01T10:30:00+01:00" },
  { text: "vor drei Tagen", options: { reference: "2023-03-01T12:00:00+01:00" }, date: "2023-02-26" },
  // "hier" is German "here", not French "yesterday", when the language is known.
  { text: "Wir sind hier", options: { reference: "2023-03-01", lang: "de" }, date: null },
];

const PORTUGUESE: DateCase[] = [
  { text: "24 de janeiro de 2023", date: "2023-01-24" },
  { text: "terça-feira, 24 de janeiro de 2023 às 15h05", date: "2023-01-24T15:05:00" },
  { text: "7 de setembro de 2022", date: "2022-09-07" },
  { text: "25 de março de 2021", date: "2021-03-25" },
  { text: "1 de dezembro de 2020", date: "2020-12-01" },
  { text: "há 2 dias", options: { reference: "2023-01-24T10:00:00-03:00" }, date: "2023-01-22" },
  { text: "ontem", options: { reference: "2023-01-01" }, date: "2022-12-31" },
];

const OTHERS: DateCase[] = [
  { text: "24 gennaio 2023", date: "2023-01-24" },
  { text: "2 novembre 2023 alle ore 10:15", date: "2023-11-02T10:15:00" },
  { text: "24 januari 2023", date: "2023-01-24" },
  { text: "3 maart 2021 om 10:15", date: "2021-03-03T10:15:00" },
  { text: "2023年1月24日", date: "2023-01-24" },
  { text: "2019年6月24日 12時", date: "2019-06-24" },
  { text: "2023년 1월 24일", date: "2023-01-24" },
];

describe("parseNewsDate: English and European languages", () => {
  const groups = { ENGLISH, ISO, FRENCH, SPANISH, GERMAN, PORTUGUESE, OTHERS };
  for (const [name, rows] of Object.entries(groups)) {
    describe(name, () => {
      it.each(rows.map((r) => [r.text, r] as const))("%s", (_, row) => check(row));
    });
  }
});
