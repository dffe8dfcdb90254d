/**
 * English messages for the input forms on the people screens (Staff, Switchboard).
 * @module
 */
import type { PeopleFormsMessages } from './messages-nb-people-forms.ts';

export const peopleFormsEn: PeopleFormsMessages = {
  'peopleForm.switchboardHeading': 'Switchboard assumptions',
  'peopleForm.switchboardIntro':
    'Enter call volumes, opening hours and the answer-time targets. The figures are saved as a new revision with a comment.',
  'peopleForm.workforceHeading': 'Departure assumptions',
  'peopleForm.workforceIntro':
    'Enter the shares retiring and the yearly turnover. The figures are saved as a new revision with a comment.',
  'peopleForm.readerNotice': 'You have read access. Only editors and owners can change the assumptions.',
  'peopleForm.valuesCaption': 'Assumptions entered',
  'peopleForm.col.input': 'Assumption',
  'peopleForm.col.value': 'Value',
  'peopleForm.notEntered': 'Not entered',
  'peopleForm.percent': '{label} (%)',
  'peopleForm.years': '{label} (years)',
  'peopleForm.param.ahtSeconds': 'Average handling time (seconds per call)',
  'peopleForm.param.targetServiceLevel': 'Service level target',
  'peopleForm.param.targetSeconds': 'Answer time in the target (seconds)',
  'peopleForm.param.maxOccupancy': 'Maximum occupancy',
  'peopleForm.param.shrinkage': 'Shrinkage (breaks, meetings, absence)',
  'peopleForm.param.patienceSeconds': 'Patience before the caller hangs up (seconds, optional)',
  'peopleForm.param.openWeeksPerYear': 'Open weeks per year',
  'peopleForm.field.earlyRetirementAge': 'Age for drawing AFP',
  'peopleForm.field.earlyRetirementShare': 'Share of those reaching the AFP age who leave then',
  'peopleForm.field.ordinaryRetirementAge': 'Ordinary pension age',
  'peopleForm.field.ordinaryRetirementShare': 'Share of those still working who leave at the ordinary age',
  'peopleForm.field.upperAgeLimit': 'Upper limit for staying in the post',
  'peopleForm.field.yearlyTurnover': 'Share leaving each year for other reasons',
  'peopleForm.absenceHeading': 'Absence',
  'peopleForm.absenceIntro':
    'Enter average absence as a percentage of working days for each service and municipality (the unit average, never a person’s). The figures are saved as a new revision with a comment.',
  'peopleForm.absenceCaption': 'Absence as a percentage of working days',
  'peopleForm.absenceEmpty': 'The baseline has no central staff to enter absence for.',
  'peopleForm.col.area': 'Service and municipality',
  'peopleForm.absence.sickLeave': 'Sick leave (%)',
  'peopleForm.absence.holidays': 'Holidays (%)',
  'peopleForm.absence.other': 'Other absence (%)',
  'peopleForm.absenceCell': '{part}: {area}, {municipality}',
  'peopleForm.missingPart': 'Enter sick leave and holidays, or leave the whole row empty.',
  'peopleForm.hoursLegend': 'Opening hours: {municipality}',
  'peopleForm.hoursHint': 'Type times as 08:00. Leave both fields empty for a closed day.',
  'peopleForm.opens': 'Opens',
  'peopleForm.closes': 'Closes',
  'peopleForm.hoursLabel': '{edge} {weekday}, {municipality}',
  'peopleForm.gridCaption': 'Calls by weekday and hour: {municipality}',
  'peopleForm.gridEmpty': 'Enter opening hours for {municipality} to fill in calls.',
  'peopleForm.weekday': 'Weekday',
  'peopleForm.cellLabel': 'Calls {weekday} at {time}, {municipality}',
  'peopleForm.fillLabel': 'Same number of calls every open hour: {municipality}',
  'peopleForm.fill': 'Fill every open hour',
  'peopleForm.fillDone': 'Every open hour for {municipality} is filled in.',
  'peopleForm.invalidTime': 'Type a time, for example 08:00.',
  'peopleForm.missingCalls': 'Type the number of calls (0 if none).',
  'peopleForm.provenanceLegend': 'Source of the figures you change',
  'peopleForm.provenanceHint':
    'Every new figure needs a source. If nobody has set a figure yet, mark it as a placeholder: Flokk only uses it so that it can compute, and shows it as «Placeholder – not set» wherever it is used. You may name the role that ought to set the figure, but not as if anyone had.',
  'peopleForm.documentRequired': 'Choose the source document.',
};
