resource "aws_appsync_api_cache" "orders" { # expect: AWS445
  api_id               = "abcdefghijklmnopqrstuvwxyz"
  api_caching_behavior = "FULL_REQUEST_CACHING"
  type                 = "SMALL"
  ttl                  = 900
}
