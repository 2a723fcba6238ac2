resource "aws_config_configuration_aggregator" "org" {
  name = "org"
  organization_aggregation_source {
    all_regions = true
    role_arn    = "arn:aws:iam::123456789012:role/config-aggregator"
  }
}

resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"
  account_aggregation_source {
    account_ids = ["123456789012"]
    all_regions = true
  }
}
