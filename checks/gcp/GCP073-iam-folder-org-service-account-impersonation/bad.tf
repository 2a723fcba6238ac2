resource "google_folder_iam_member" "ci" {
  folder = "folders/1234567890"
  role   = "roles/iam.serviceAccountUser" # expect: GCP073
  member = "group:platform-ci@example.com"
}

resource "google_organization_iam_binding" "tokens" {
  org_id  = "123456789012"
  role    = "roles/iam.serviceAccountTokenCreator" # expect: GCP073
  members = ["user:admin@example.com"]
}
