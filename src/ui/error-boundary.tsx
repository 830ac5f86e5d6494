import { Component, type ComponentChildren } from 'preact';
import type { ErrorReporter } from './report-error';

/** Props of the error boundary. */
export interface ErrorBoundaryProps {
  report: ErrorReporter;
  children: ComponentChildren;
}

/** Catches an error anywhere in the widget's tree, reports it once and renders nothing after. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed?: boolean }> {
  override componentDidCatch(error: unknown): void {
    this.props.report(error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
