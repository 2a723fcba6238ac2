resource "aws_organizations_organization" "org" {
  feature_set          = "ALL"
  enabled_policy_types = ["SERVICE_CONTROL_POLICY"]
}

resource "aws_organizations_organization" "default" {
  aws_service_access_principals = ["cloudtrail.amazonaws.com"]
}
