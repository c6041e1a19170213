import { IonButton, IonIcon } from '@ionic/react';
import { arrowDown, arrowUp } from 'ionicons/icons';
import type { Direction } from '../../domain';

interface MoveButtonsProps {
  /** What moves, as governors name it: "1a(ii)", "area 2", "Attendance rate". */
  name: string;
  up: boolean;
  down: boolean;
  onMove: (direction: Direction) => void;
}

/** Up and Down buttons, named for what they move ("Move 1a(ii) up"); a button that cannot move is disabled. */
export function MoveButtons({ name, up, down, onMove }: MoveButtonsProps) {
  if (!up && !down) return null;
  return (
    <>
      <IonButton fill="clear" size="small" disabled={!up} onClick={() => onMove('up')} aria-label={`Move ${name} up`}>
        <IonIcon slot="start" icon={arrowUp} aria-hidden="true" />
        Up
      </IonButton>
      <IonButton fill="clear" size="small" disabled={!down} onClick={() => onMove('down')} aria-label={`Move ${name} down`}>
        <IonIcon slot="start" icon={arrowDown} aria-hidden="true" />
        Down
      </IonButton>
    </>
  );
}
