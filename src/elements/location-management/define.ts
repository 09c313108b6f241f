import { defineElement } from '../../core/define.js';
import { LocationManagement } from './location-management.js';

defineElement('location-management', LocationManagement);

declare global {
  interface HTMLElementTagNameMap {
    'location-management': LocationManagement;
  }
}
