import { describe, it } from "vitest";
import { check, type DateCase } from "./cases.js";

/** Arabic dates as news pages print them; expectations written from the text, not from the parser. */
const GREGORIAN_MONTHS: DateCase[] = [
  // Syriac / Levantine names.
  { text: "24 كانون الثاني 2023", date: "2023-01-24" },
  { text: "3 شباط 2021", date: "2021-02-03" },
  { text: "15 آذار 2019", date: "2019-03-15" },
  { text: "15 اذار 2019", date: "2019-03-15" },
  { text: "7 نيسان 2020", date: "2020-04-07" },
  { text: "1 أيار 2018", date: "2018-05-01" },
  { text: "20 حزيران 2022", date: "2022-06-20" },
  { text: "4 تموز 2016", date: "2016-07-04" },
  { text: "6 آب 2013", date: "2013-08-06" },
  { text: "11 أيلول 2001", date: "2001-09-11" },
  { text: "9 تشرين الأول 2023", date: "2023-10-09" },
  { text: "17 تشرين الثاني 2019", date: "2019-11-17" },
  { text: "25 كانون الأول 2020", date: "2020-12-25" },
  // Egyptian / Gulf names and spelling variants.
  { text: "24 يناير 2023", date: "2023-01-24" },
  { text: "14 فبراير 2022", date: "2022-02-14" },
  { text: "8 مارس 2021", date: "2021-03-08" },
  { text: "10 أبريل 2020", date: "2020-04-10" },
  { text: "10 ابريل 2020", date: "2020-04-10" },
  { text: "10 إبريل 2020", date: "2020-04-10" },
  { text: "5 مايو 2019", date: "2019-05-05" },
  { text: "30 يونيو 2013", date: "2013-06-30" },
  { text: "30 يونيه 2013", date: "2013-06-30" },
  { text: "23 يوليو 1952", date: "1952-07-23" },
  { text: "23 يوليه 1952", date: "1952-07-23" },
  { text: "2 أغسطس 1990", date: "1990-08-02" },
  { text: "2 اغسطس 1990", date: "1990-08-02" },
  { text: "21 سبتمبر 2017", date: "2017-09-21" },
  { text: "6 أكتوبر 1973", date: "1973-10-06" },
  { text: "6 اكتوبر 1973", date: "1973-10-06" },
  { text: "4 نوفمبر 2020", date: "2020-11-04" },
  { text: "31 ديسمبر 2022", date: "2022-12-31" },
  // Algerian / Tunisian names.
  { text: "5 جانفي 2022", date: "2022-01-05" },
  { text: "8 فيفري 2019", date: "2019-02-08" },
  { text: "12 أفريل 2021", date: "2021-04-12" },
  { text: "1 ماي 2020", date: "2020-05-01" },
  { text: "19 جوان 1965", date: "1965-06-19" },
  { text: "5 جويلية 1962", date: "1962-07-05" },
  { text: "20 أوت 1955", date: "1955-08-20" },
  // Moroccan names.
  { text: "30 يوليوز 2021", date: "2021-07-30" },
  { text: "14 غشت 2020", date: "2020-08-14" },
  { text: "8 شتنبر 2023", date: "2023-09-08" },
  { text: "6 نونبر 1975", date: "1975-11-06" },
  { text: "18 دجنبر 2022", date: "2022-12-18" },
];

const PAIRED_AND_WEEKDAYS: DateCase[] = [
  { text: "24 تموز يوليو 2018", date: "2018-07-24", original: "24 تموز يوليو 2018" },
  { text: "3 آب/اغسطس 2013", date: "2013-08-03", original: "3 آب/اغسطس 2013" },
  { text: "5 نيسان / أبريل 2020", date: "2020-04-05", original: "5 نيسان / أبريل 2020" },
  { text: "11 مارس/ آذار 2011", date: "2011-03-11" },
  { text: "2 كانون الثاني (يناير) 2024", date: "2024-01-02", original: "2 كانون الثاني (يناير) 2024" },
  { text: "الثلاثاء 24 يناير 2023", date: "2023-01-24", original: "الثلاثاء 24 يناير 2023" },
  { text: "يوم الإثنين، 6 مارس 2023", date: "2023-03-06", original: "الإثنين، 6 مارس 2023" },
  { text: "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", date: "2013-08-28" },
  { text: "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", date: "2020-04-24T21:22:00" },
  { text: "الجمعة 8 فيفري 2019", date: "2019-02-08" },
  { text: "السبت 12 آذار 2022 الساعة 10:30 بتوقيت مكة", date: "2022-03-12T10:30:00+03:00" },
];

const DIGITS_AND_NUMERIC: DateCase[] = [
  { text: "٢٤ يناير ٢٠٢٣", date: "2023-01-24" },
  { text: "۲۴ ژانویه", date: null },
  { text: "۲۴ دجنبر ۲۰۲۳", date: "2023-12-24" },
  { text: "٠٢:٠٠ الثلاثاء  ١ / ١٢ / ٢٠٢٠", date: "2020-12-01T02:00:00", original: "٠٢:٠٠ الثلاثاء  ١ / ١٢ / ٢٠٢٠" },
  { text: "١ / ١٢ / ٢٠٢٠", date: "2020-12-01" },
  { text: "۱۵/۰۳/۲۰۲۱", date: "2021-03-15" },
  { text: "2020/12/25", date: "2020-12-25" },
  { text: "٢٠٢٠/١٢/٢٥", date: "2020-12-25" },
  { text: "17.03.2020", date: "2020-03-17" },
  { text: "GMT 17:27 17.03.2020", date: "2020-03-17T17:27:00+00:00" },
  { text: "ديسمبر 25, 2020", date: "2020-12-25" },
  { text: "25 ديسمبر 2020م", date: "2020-12-25", original: "25 ديسمبر 2020م" },
  { text: "٢٥-١٢-٢٠٢٠", date: "2020-12-25" },
  // As Intl's ar-EG format writes it, with right-to-left marks before the slashes.
  { text: "١٧\u200f/٣\u200f/٢٠٢٠", date: "2020-03-17" },
  { text: "الثلاثاء، ١٧ مارس ٢٠٢٠ ١٠:٣٠ م", date: "2020-03-17T22:30:00" },
];

const TIMES: DateCase[] = [
  { text: "24 يناير 2023 - 03:05 م", date: "2023-01-24T15:05:00" },
  { text: "24 يناير 2023 - 03:05 ص", date: "2023-01-24T03:05:00" },
  { text: "24 يناير 2023 12:09 م", date: "2023-01-24T12:09:00" },
  { text: "24 يناير 2023 12:30 ص", date: "2023-01-24T00:30:00" },
  { text: "24 يناير 2023 الساعة 9:15 صباحًا", date: "2023-01-24T09:15:00" },
  { text: "24 يناير 2023 الساعة 9:15 صباحاً", date: "2023-01-24T09:15:00" },
  { text: "24 يناير 2023 الساعة 7:45 مساءً", date: "2023-01-24T19:45:00" },
  { text: "٢٤ يناير ٢٠٢٣ ٠٧:٤٥ م", date: "2023-01-24T19:45:00" },
  { text: "24 يناير 2023 الساعة 3 عصرا", date: "2023-01-24T15:00:00" },
  { text: "24 يناير 2023 17:27 ت.غ", date: "2023-01-24T17:27:00+00:00" },
  { text: "نشر في 2023/01/24 - 15:05 بتوقيت غرينتش", date: "2023-01-24T15:05:00+00:00" },
];

const HIJRI: DateCase[] = [
  { text: "11 شوال 1441هـ", date: "2020-06-03", calendar: "hijri", original: "11 شوال 1441هـ" },
  { text: "١١ شوال ١٤٤١ هـ", date: "2020-06-03", calendar: "hijri" },
  { text: "1 رمضان 1444هـ", date: "2023-03-23", calendar: "hijri" },
  { text: "1 شوال 1444 هـ", date: "2023-04-21", calendar: "hijri" },
  { text: "10 ذو الحجة 1444هـ", date: "2023-06-28", calendar: "hijri" },
  { text: "10 ذي الحجة 1444هـ", date: "2023-06-28", calendar: "hijri" },
  { text: "1 محرم 1445هـ", date: "2023-07-19", calendar: "hijri" },
  { text: "1 رمضان 1445", date: "2024-03-11", calendar: "hijri" },
  { text: "30 شوال 1441هـ", date: null },
  // A Gregorian date next to the Hijri one wins.
  { text: "11 شوال 1441هـ - 03 يونيو 2020م", date: "2020-06-03", calendar: "gregorian", original: "03 يونيو 2020م" },
  { text: "الأربعاء 1 رمضان 1444هـ الموافق 22 مارس 2023", date: "2023-03-22" },
];

const RELATIVE: DateCase[] = [
  { text: "منذ ساعتين", options: { reference: "2023-01-24T15:05:00+03:00" }, date: "2023-01-24T13:05:00+03:00" },
  { text: "منذ 5 دقائق", options: { reference: "2023-01-24T15:05:00+03:00" }, date: "2023-01-24T15:00:00+03:00" },
  { text: "قبل ٣ ساعات", options: { reference: "2023-01-24T01:00:00+03:00" }, date: "2023-01-23T22:00:00+03:00" },
  { text: "منذ دقيقة", options: { reference: "2023-01-24T15:05:00+03:00" }, date: "2023-01-24T15:04:00+03:00" },
  { text: "منذ يومين", options: { reference: "2023-03-01T10:00:00+03:00" }, date: "2023-02-27" },
  { text: "أمس", options: { reference: "2023-01-01" }, date: "2022-12-31" },
  { text: "أول أمس", options: { reference: "2023-01-24" }, date: "2023-01-22" },
  { text: "منذ ثلاث ساعات", options: { reference: "2023-01-24T15:05:00+03:00" }, date: "2023-01-24T12:05:00+03:00" },
  { text: "أمس الساعة 10:30 مساءً", options: { reference: "2023-01-24T15:05:00+03:00" }, date: "2023-01-23T22:30:00+03:00" },
  { text: "اليوم 10:30", options: { reference: "2023-01-24T15:05:00+03:00" }, date: "2023-01-24T10:30:00+03:00" },
  // "اليوم" alone is no date ("اليوم السابع" is a newspaper).
  { text: "اليوم السابع", options: { reference: "2023-01-24T15:05:00+03:00" }, date: null },
  { text: "منذ ساعتين", date: null },
  { text: "أمس", date: null },
  // Hours back from a day with no time cannot be counted.
  { text: "منذ ساعتين", options: { reference: "2023-01-24" }, date: null },
];

const IMPOSSIBLE: DateCase[] = [
  { text: "31 فبراير 2023", date: null },
  { text: "29 شباط 2023", date: null },
  { text: "29 شباط 2024", date: "2024-02-29" },
  { text: "31 نيسان 2020", date: null },
  { text: "32 يناير 2020", date: null },
  { text: "24 يناير", date: null },
  { text: "يناير 2023", date: null },
];

describe("parseNewsDate: Arabic", () => {
  const groups = { GREGORIAN_MONTHS, PAIRED_AND_WEEKDAYS, DIGITS_AND_NUMERIC, TIMES, HIJRI, RELATIVE, IMPOSSIBLE };
  for (const [name, rows] of Object.entries(groups)) {
    describe(name, () => {
      it.each(rows.map((r) => [r.text, r] as const))("%s", (_, row) => check(row));
    });
  }
});
