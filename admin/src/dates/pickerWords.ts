import { frFR } from '@mui/x-date-pickers/locales';
import type { PickersLocaleText } from '@mui/x-date-pickers/locales';

type Words = Partial<PickersLocaleText>;
type View = 'hours' | 'minutes' | 'seconds' | 'meridiem';

const AR_VIEWS: Record<View, string> = { hours: 'الساعات', minutes: 'الدقائق', seconds: 'الثواني', meridiem: 'الفترة' };

/** The pickers' own words in Arabic (MUI X ships none): what a screen reader and the calendar say. */
const ARABIC: Words = {
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر الموالي',
  openPreviousView: 'العرض السابق',
  openNextView: 'العرض الموالي',
  calendarViewSwitchingButtonAriaLabel: (view) => (view === 'year' ? 'عرض السنوات مفتوح، الانتقال إلى التقويم' : 'التقويم مفتوح، الانتقال إلى عرض السنوات'),
  start: 'البداية',
  end: 'النهاية',
  startDate: 'تاريخ البداية',
  startTime: 'ساعة البداية',
  endDate: 'تاريخ النهاية',
  endTime: 'ساعة النهاية',
  cancelButtonLabel: 'إلغاء',
  clearButtonLabel: 'مسح',
  okButtonLabel: 'تأكيد',
  todayButtonLabel: 'اليوم',
  nextStepButtonLabel: 'التالي',
  datePickerToolbarTitle: 'اختيار التاريخ',
  dateTimePickerToolbarTitle: 'اختيار التاريخ والساعة',
  timePickerToolbarTitle: 'اختيار الساعة',
  dateRangePickerToolbarTitle: 'اختيار الفترة',
  timeRangePickerToolbarTitle: 'اختيار الفترة الزمنية',
  clockLabelText: (view, formattedTime) => `اختيار ${AR_VIEWS[view as View] ?? ''}. ${formattedTime ? `الوقت المختار ${formattedTime}` : 'لم يُختر أي وقت'}`,
  hoursClockNumberText: (hours) => `${hours} ساعة`,
  minutesClockNumberText: (minutes) => `${minutes} دقيقة`,
  secondsClockNumberText: (seconds) => `${seconds} ثانية`,
  selectViewText: (view) => `اختيار ${AR_VIEWS[view as View] ?? ''}`,
  calendarWeekNumberHeaderLabel: 'الأسبوع',
  calendarWeekNumberHeaderText: '#',
  calendarWeekNumberAriaLabelText: (weekNumber) => `الأسبوع ${weekNumber}`,
  calendarWeekNumberText: (weekNumber) => `${weekNumber}`,
  openDatePickerDialogue: (formattedDate) => (formattedDate ? `اختيار التاريخ، التاريخ المختار ${formattedDate}` : 'اختيار التاريخ'),
  openTimePickerDialogue: (formattedTime) => (formattedTime ? `اختيار الساعة، الساعة المختارة ${formattedTime}` : 'اختيار الساعة'),
  fieldClearLabel: 'مسح القيمة',
  timeTableLabel: 'اختيار الساعة',
  dateTableLabel: 'اختيار التاريخ',
  fieldYearPlaceholder: (params) => 'س'.repeat(params.digitAmount),
  fieldMonthPlaceholder: () => 'شش',
  fieldDayPlaceholder: () => 'يي',
  fieldWeekDayPlaceholder: () => 'يوم',
  fieldHoursPlaceholder: () => 'سس',
  fieldMinutesPlaceholder: () => 'دد',
  fieldSecondsPlaceholder: () => 'ثث',
  fieldMeridiemPlaceholder: () => 'فف',
  year: 'السنة',
  month: 'الشهر',
  day: 'اليوم',
  weekDay: 'يوم الأسبوع',
  hours: 'الساعات',
  minutes: 'الدقائق',
  seconds: 'الثواني',
  meridiem: 'الفترة',
  empty: 'فارغ',
};

const FRENCH = frFR.components.MuiLocalizationProvider.defaultProps.localeText as Words;

/** The pickers' words in the console's language (English: MUI X's own). */
export const PICKER_WORDS: Record<string, Words | undefined> = { ar: ARABIC, fr: FRENCH, en: undefined };
