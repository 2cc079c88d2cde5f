/**
 * Catches a render failure in one part of the app (preview, form) and shows what happened instead of a blank
 * page. The post's text lives in the store, outside the failing part, so nothing typed is lost; `resetKey`
 * lets the part try again when its input changes.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What failed, for the message: "The preview", "The form". */
  label: string;
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/** An error boundary that resets when `resetKey` changes. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.resetKey !== state.key) return { error: null, key: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error-box">
          <strong>{this.props.label} could not be shown.</strong> Your text is safe in the editor. (
          {this.state.error.message})
        </div>
      );
    }
    return this.props.children;
  }
}
