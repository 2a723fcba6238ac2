resource "aws_sagemaker_flow_definition" "review" {
  flow_definition_name = "review"
  role_arn             = "arn:aws:iam::123456789012:role/a2i"
  human_loop_config {
    human_task_ui_arn                     = "arn:aws:sagemaker:eu-west-1:123456789012:human-task-ui/review"
    task_availability_lifetime_in_seconds = 3600
    task_count                            = 1
    task_description                      = "review"
    task_title                            = "review"
    workteam_arn                          = "arn:aws:sagemaker:eu-west-1:123456789012:workteam/private-crowd/team"
  }
  output_config {
    s3_output_path = "s3://corp-a2i/output"
    kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
  }
}
