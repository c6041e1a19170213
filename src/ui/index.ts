export { Page } from './Page';
export { RatingBadge, MilestoneBadge, Badge } from './Badges';
export { DateText } from './DateText';
export { Empty, Loading } from './Empty';
export { Section } from './Section';
export { SchoolContext, useSchool } from './SchoolContext';
export { useSavedToast, problemText } from './Saved';
export { useAutosave } from './useAutosave';
export { HeaderStatusContext } from './HeaderStatus';
