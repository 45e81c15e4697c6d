/** The renderer's date and time words come from the one rule in domain/ (main's reports use it too). */
export { dateTimeText, timeText } from '../../../domain/datetime';
