resource "aws_appsync_graphql_api" "orders" { # expect: AWS357
  name                = "orders"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    default_action = "ALLOW"
    user_pool_id   = "eu-west-1_example"
  }
}

# Protects another API, not this one.
resource "aws_wafv2_web_acl_association" "catalog" {
  resource_arn = aws_appsync_graphql_api.catalog.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/abc"
}

resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "API_KEY"
}
