resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "abc123"
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}
