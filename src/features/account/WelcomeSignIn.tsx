import { NoticeSection } from './NoticeSection';
import SignInForm from './SignInForm';

/** Sign-in on the welcome screen (a device with no board yet, or whose board was taken off it), with any news from the server. */
export default function WelcomeSignIn() {
  return (
    <>
      <NoticeSection />
      <SignInForm intro="Sign in with the email and password from your invitation: your board’s records are fetched to this device." />
    </>
  );
}
