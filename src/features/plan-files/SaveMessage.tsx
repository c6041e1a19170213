/** Says what became of a saved file, to everyone (a live region). */
export function SaveMessage({ message }: { message: { text: string; bad: boolean } | null }) {
  return (
    <p role="status" aria-live="polite" className={message?.bad ? 'error' : undefined}>
      {message?.text ?? ''}
    </p>
  );
}
