fn main() {
    leptos::mount::mount_to_body(readout_web::App);
}
