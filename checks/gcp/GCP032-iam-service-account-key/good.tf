# Impersonation instead of a key.
resource "google_service_account_iam_member" "ci_token" {
  service_account_id = "projects/acme-prod/serviceAccounts/ci@acme-prod.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = "principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github/attribute.repository/acme/app"
}
