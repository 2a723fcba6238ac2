resource "aws_lambda_function_url" "hook" {
  function_name      = "webhook"
  authorization_type = "NONE" # expect: AWS058
}
