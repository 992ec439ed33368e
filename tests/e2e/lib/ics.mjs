// Reads an iCalendar file with ical.js, a full RFC 5545 parser (a devDependency), so that tests check what a
// calendar program would see rather than what our own writer meant to write.
//
// Exports:
//   readCalendar(text) → { events: [{ uid, summary, description, start, end, allDay, transparent,
//                          alarms: [{ action, description, at }] }] }
//                          start/end: 'YYYY-MM-DD' for all-day events; alarms' `at` is the local time the
//                          reminder fires, 'YYYY-MM-DDTHH:MM:SS' (the trigger applied to the start).
//                          Throws when ical.js cannot parse the text.
//   downloadCalendar(page, w, name) → { name, text, calendar }: clicks the button called `name` inside `w`
//                          (the widget's shadow root or a locator in it) and reads the file the browser
//                          downloads: its suggested name, its text, and readCalendar of it.
// Run as a script, it reads a calendar on standard input and prints that object as JSON (the Rust test
// tests/calendar.rs uses this).

import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export function readCalendar(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar') throw new Error(`not a VCALENDAR but ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm').map((valarm) => {
      const at = event.startDate.clone();
      at.isDate = false;
      at.addDuration(valarm.getFirstPropertyValue('trigger'));
      return {
        action: valarm.getFirstPropertyValue('action'),
        description: valarm.getFirstPropertyValue('description'),
        at: at.toString(),
      };
    });
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      transparent: vevent.getFirstPropertyValue('transp') === 'TRANSPARENT',
      stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
      alarms,
    };
  });
  return {
    version: calendar.getFirstPropertyValue('version'),
    prodid: calendar.getFirstPropertyValue('prodid'),
    events,
  };
}

export async function downloadCalendar(page, w, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    w.getByRole('button', { name }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text, calendar: readCalendar(text) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(readCalendar(readFileSync(0, 'utf8'))));
}
